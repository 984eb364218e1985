#!/usr/bin/env bash
# Extracts the telecom churn data (mlc_churn) from Debian's r-cran-modeldata into the
# customer-churn pack. Needs r-base-core and r-cran-modeldata (apt-get install -y
# --no-install-recommends r-base-core r-cran-modeldata). All 20 columns and 5,000 rows are kept.
set -euo pipefail
target="$(cd "$(dirname "$0")/../.." && pwd)/projects/customer-churn/data/churn.csv"
Rscript -e "data(mlc_churn, package=\"modeldata\"); write.csv(mlc_churn, \"$target\", row.names=FALSE)"
rows=$(($(wc -l < "$target") - 1))
echo "wrote $target: $rows rows (modeldata $(dpkg-query -W -f='${Version}' r-cran-modeldata))"
