# Attack: none: a plain wrong answer, checked after the hostile Runs
# It must fail in a clean worker; after a Run that left something behind it must fail too.
import csv


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        return [tuple(line.rstrip("\n").split(",", 1)) for line in file]  # wrong: keeps the header


def tokenize(text):
    return text.split()  # wrong: no lower-casing, punctuation, <num> or <url>


def class_balance(messages):
    counts = {}
    for label, _ in messages:
        counts[label] = counts.get(label, 0) + 1
    return counts  # wrong: counts, not fractions
