import csv

from buildpath import show

DATA_PATH = "data/ames-sample.csv"
NUMBER_COLUMNS = ["Sale_Price", "Gr_Liv_Area", "Year_Built", "Full_Bath", "Bedroom_AbvGr"]


def read_sales(path):
    """Return the rows of the CSV file as dicts, the NUMBER_COLUMNS as ints."""
    with open(path, newline="") as file:
        rows = []
        for record in csv.DictReader(file):
            row = dict(record)
            for name in NUMBER_COLUMNS:
                row[name] = int(row[name])
            rows.append(row)
    return rows


def column(rows, name):
    """Return the list of the values of one column, in row order."""
    return [row[name] for row in rows]


def count_by(rows, name):
    """Return {value: how many rows have it} for one column."""
    counts = {}
    for row in rows:
        counts[row[name]] = counts.get(row[name], 0) + 1
    return counts


def mean_price_by(rows, name):
    """Return {value: the mean Sale_Price of the rows with that value}."""
    totals = {}
    for row in rows:
        totals[row[name]] = totals.get(row[name], 0) + row["Sale_Price"]
    counts = count_by(rows, name)
    return {value: totals[value] / counts[value] for value in totals}


def most_common(counts):
    """Return the key with the largest count; on a tie, the one first in alphabetical order."""
    return min(counts, key=lambda value: (-counts[value], value))


if __name__ == "__main__":
    sales = read_sales(DATA_PATH)
    print(len(sales), "sales; the first:", sales[0])
    by_neighbourhood = count_by(sales, "Neighborhood")
    print("Most sales in:", most_common(by_neighbourhood))
    means = mean_price_by(sales, "Full_Bath")
    baths = sorted(means)
    show.bar([f"{b} full baths" for b in baths], [means[b] for b in baths],
             title="Mean sale price by number of full bathrooms", y_label="Sale_Price ($)")
