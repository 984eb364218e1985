import csv
import math

from buildpath import show

SALES_PATH = "data/ames-sample.csv"
EMAILS_PATH = "data/spam-words.csv"
WORDS = ["free", "money", "your", "remove", "business", "hp", "george", "meeting"]


def read_prices(path):
    """Given: the Sale_Price column as floats."""
    with open(path, newline="") as file:
        return [float(record["Sale_Price"]) for record in csv.DictReader(file)]


def read_emails(path):
    """Given: one dict per e-mail, each word's frequency as a float and "type" ("spam" or "nonspam")."""
    with open(path, newline="") as file:
        return [{name: (text if name == "type" else float(text)) for name, text in record.items()}
                for record in csv.DictReader(file)]


def mean(values):
    """Return the arithmetic mean."""
    return sum(values) / len(values)


def population_variance(values):
    """Return the mean squared deviation from the mean (divide by n)."""
    centre = mean(values)
    return sum((v - centre) ** 2 for v in values) / len(values)


def sample_variance(values):
    """Return the sample variance (divide by n - 1); raise ValueError for fewer than two values."""
    if len(values) < 2:
        raise ValueError("the sample variance needs at least two values")
    centre = mean(values)
    return sum((v - centre) ** 2 for v in values) / (len(values) - 1)


def standard_deviation(values, sample):
    """Return the square root of the sample variance if sample is True, else of the population variance."""
    return math.sqrt(sample_variance(values) if sample else population_variance(values))


def contingency_table(emails, word):
    """Return {"spam": {"with": n, "without": n}, "nonspam": {...}}: e-mails with the word (frequency > 0) or without."""
    table = {"spam": {"with": 0, "without": 0}, "nonspam": {"with": 0, "without": 0}}
    for email in emails:
        table[email["type"]]["with" if email[word] > 0 else "without"] += 1
    return table


def p_label(table, label):
    """Return P(label): the share of all e-mails that have the label."""
    total = sum(sum(row.values()) for row in table.values())
    return sum(table[label].values()) / total


def p_word_given(table, label):
    """Return P(word | label): the share of the e-mails with that label that contain the word."""
    return table[label]["with"] / sum(table[label].values())


def p_spam_given_word(table):
    """Return P(spam | word) by Bayes' rule from P(word | spam), P(spam), P(word | nonspam) and P(nonspam)."""
    spam = p_word_given(table, "spam") * p_label(table, "spam")
    nonspam = p_word_given(table, "nonspam") * p_label(table, "nonspam")
    return spam / (spam + nonspam)


if __name__ == "__main__":
    prices = read_prices(SALES_PATH)
    print("mean price", mean(prices))
    print("standard deviation, population:", standard_deviation(prices, False), "sample:", standard_deviation(prices, True))
    emails = read_emails(EMAILS_PATH)
    table = contingency_table(emails, "free")
    print("free:", table, "P(spam | free) =", p_spam_given_word(table))
    show.bar(WORDS, [p_spam_given_word(contingency_table(emails, word)) for word in WORDS],
             title=f"P(spam | the e-mail contains the word); P(spam) = {p_label(table, 'spam'):.2f}",
             y_label="P(spam | word)")
