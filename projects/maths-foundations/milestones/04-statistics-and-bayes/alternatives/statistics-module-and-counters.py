# The statistics module for the spread, collections.Counter for the table, Bayes' rule in one expression.
import csv
import statistics
from collections import Counter


def read_prices(path):
    with open(path, newline="") as file:
        return [float(record["Sale_Price"]) for record in csv.DictReader(file)]


def read_emails(path):
    with open(path, newline="") as file:
        return [{name: (text if name == "type" else float(text)) for name, text in record.items()}
                for record in csv.DictReader(file)]


def mean(values):
    return statistics.fmean(values)


def population_variance(values):
    return statistics.pvariance(values)


def sample_variance(values):
    if len(values) < 2:
        raise ValueError("need two values")
    return statistics.variance(values)


def standard_deviation(values, sample):
    return statistics.stdev(values) if sample else statistics.pstdev(values)


def contingency_table(emails, word):
    counts = Counter((email["type"], email[word] > 0) for email in emails)
    return {label: {"with": counts[(label, True)], "without": counts[(label, False)]} for label in ("spam", "nonspam")}


def p_label(table, label):
    return (table[label]["with"] + table[label]["without"]) / sum(
        row["with"] + row["without"] for row in table.values())


def p_word_given(table, label):
    row = table[label]
    return row["with"] / (row["with"] + row["without"])


def p_spam_given_word(table):
    prior = p_label(table, "spam")
    evidence = p_word_given(table, "spam") * prior + p_word_given(table, "nonspam") * (1 - prior)
    return p_word_given(table, "spam") * prior / evidence
