#!/usr/bin/env bash
# Extracts the UCI optical handwritten digits (as shipped by Debian's python3-sklearn)
# into projects/handwritten-digits/data/digits.csv, adding a header row p0..p63,label.
set -euo pipefail
source_file=/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz
target=projects/handwritten-digits/data/digits.csv
header=$(printf 'p%d,' $(seq 0 63))label
{ echo "$header"; zcat "$source_file"; } > "$target"
echo "wrote $(($(wc -l < "$target") - 1)) images to $target"
