#!/usr/bin/env bash
# Extracts the Ames housing data (De Cock 2011) from Debian's r-cran-modeldata into the
# house-prices pack. Needs r-base-core and r-cran-modeldata (apt-get install -y
# --no-install-recommends r-base-core r-cran-modeldata). All 74 columns are kept.
set -euo pipefail
target="$(cd "$(dirname "$0")/../.." && pwd)/projects/house-prices/data/ames.csv"
Rscript -e "data(ames, package=\"modeldata\"); write.csv(ames, \"$target\", row.names=FALSE)"
rows=$(($(wc -l < "$target") - 1))
echo "wrote $target: $rows rows (modeldata $(dpkg-query -W -f='${Version}' r-cran-modeldata))"
