# mistake: with an even count, returns the upper middle value instead of the average of the two
# expect: there are two middle values
import csv
import math

DATA_PATH = "data/ames.csv"


def load_prices(path):
    """Given: read the Sale_Price column of the CSV file as floats."""
    with open(path, newline="") as file:
        return [float(record["Sale_Price"]) for record in csv.DictReader(file)]


def mean(values):
    """Return the arithmetic mean of a non-empty list of numbers."""
    return sum(values) / len(values)


def median(values):
    """Return the middle value of the sorted numbers (average of the two middle ones for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle]


def std(values):
    """Return the sample standard deviation (divide by n - 1)."""
    centre = mean(values)
    return math.sqrt(sum((v - centre) ** 2 for v in values) / (len(values) - 1))


def skewness(values):
    """Return the moment skewness m3 / m2 ** 1.5 (both moments divide by n)."""
    centre = mean(values)
    n = len(values)
    m2 = sum((v - centre) ** 2 for v in values) / n
    m3 = sum((v - centre) ** 3 for v in values) / n
    return m3 / m2 ** 1.5


def describe(values):
    """Return a dict with the count, mean, median, std and skewness of the values."""
    return {
        "count": len(values),
        "mean": mean(values),
        "median": median(values),
        "std": std(values),
        "skewness": skewness(values),
    }
