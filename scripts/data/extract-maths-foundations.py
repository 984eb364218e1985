"""Writes the two small tables of the maths-foundations pack from data already in the repository:

    python3 scripts/data/extract-maths-foundations.py

- ames-sample.csv: every 14th sale of projects/house-prices/data/ames.csv (200 sales), 7 columns.
- spam-words.csv: every 23rd e-mail of projects/spam-detection/data/spambase.csv (201 e-mails), 9 columns.

Values are copied as they are (only the column choice and the row stride are ours), so the
provenance of the two source files carries over.
"""

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "projects" / "maths-foundations" / "data"

AMES_COLUMNS = ["Sale_Price", "Gr_Liv_Area", "Year_Built", "Full_Bath", "Bedroom_AbvGr", "Neighborhood", "Central_Air"]
AMES_STRIDE = 14
AMES_ROWS = 200
SPAM_COLUMNS = ["free", "money", "your", "remove", "business", "hp", "george", "meeting", "type"]
SPAM_STRIDE = 23

def copy_rows(source, target, columns, stride, limit=None):
    with open(source, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    kept = rows[::stride][:limit]
    with open(target, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(columns)
        for row in kept:
            writer.writerow([row[name] for name in columns])
    return len(kept)

if __name__ == "__main__":
    sales = copy_rows(ROOT / "projects/house-prices/data/ames.csv", TARGET / "ames-sample.csv",
                      AMES_COLUMNS, AMES_STRIDE, AMES_ROWS)
    emails = copy_rows(ROOT / "projects/spam-detection/data/spambase.csv", TARGET / "spam-words.csv",
                       SPAM_COLUMNS, SPAM_STRIDE)
    print(f"ames-sample.csv: {sales} sales; spam-words.csv: {emails} e-mails")
