#!/usr/bin/env bash
# Extracts Spambase (Hopkins, Reeber, Forman, Suermondt 1999; UCI; CC BY 4.0) from
# Debian's r-cran-kernlab into projects/spam-detection/data/spambase.csv.
# Needs: apt-get install -y --no-install-recommends r-base-core r-cran-kernlab
set -euo pipefail
cd "$(dirname "$0")/../../projects/spam-detection/data"
Rscript -e 'data(spam, package="kernlab"); write.csv(spam, "spambase.csv", row.names=FALSE)'
echo "kernlab $(dpkg-query -W -f='${Version}' r-cran-kernlab): $(wc -l < spambase.csv) lines written"
