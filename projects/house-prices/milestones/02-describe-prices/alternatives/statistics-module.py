# Uses the standard library's statistics module where it has the formula, and one pass
# over the deviations for the skewness.
import csv
import statistics

DATA_PATH = "data/ames.csv"


def load_prices(path):
    with open(path, newline="") as file:
        return [float(record["Sale_Price"]) for record in csv.DictReader(file)]


def mean(values):
    return statistics.fmean(values)


def median(values):
    return statistics.median(values)


def std(values):
    return statistics.stdev(values)


def skewness(values):
    centre = statistics.fmean(values)
    deviations = [v - centre for v in values]
    m2 = statistics.fmean([d * d for d in deviations])
    m3 = statistics.fmean([d * d * d for d in deviations])
    return m3 / m2 ** 1.5


def describe(values):
    summary = {"count": len(values)}
    for name, function in (("mean", mean), ("median", median), ("std", std), ("skewness", skewness)):
        summary[name] = function(values)
    return summary
