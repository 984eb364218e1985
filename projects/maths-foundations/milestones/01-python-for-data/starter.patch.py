def read_sales(path):
    """Return the rows of the CSV file as dicts, the NUMBER_COLUMNS as ints."""
    ...


def column(rows, name):
    """Return the list of the values of one column, in row order."""
    ...


def count_by(rows, name):
    """Return {value: how many rows have it} for one column."""
    ...


def mean_price_by(rows, name):
    """Return {value: the mean Sale_Price of the rows with that value}."""
    ...


def most_common(counts):
    """Return the key with the largest count; on a tie, the one first in alphabetical order."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    sales = read_sales(DATA_PATH)
    print(len(sales), "sales; the first:", sales[0])
    by_neighbourhood = count_by(sales, "Neighborhood")
    print("Most sales in:", most_common(by_neighbourhood))
    means = mean_price_by(sales, "Full_Bath")
    baths = sorted(means)
    show.bar([f"{b} full baths" for b in baths], [means[b] for b in baths],
             title="Mean sale price by number of full bathrooms", y_label="Sale_Price ($)")
