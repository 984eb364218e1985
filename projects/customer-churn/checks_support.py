"""Helpers the checks of every customer-churn milestone share (`import checks_support`)."""

import csv

from buildpath.checking import cached, solution, unpredictable_random

DATA_PATH = "data/churn.csv"
TEXT_COLUMNS = {"state", "area_code", "international_plan", "voice_mail_plan", "churn"}


def churn_records():
    """Every customer as a dict, numbers as floats, text as text: a quick reader, so checks stay fast."""
    def read():
        with open(DATA_PATH, newline="") as file:
            return [{name: text if name in TEXT_COLUMNS else float(text) for name, text in record.items()}
                    for record in csv.DictReader(file)]
    return cached("churn-records", read)


def unseen_seed():
    """A seed drawn fresh from the operating system for each check: no learner can read it beforehand."""
    return unpredictable_random().randrange(1, 2 ** 31)


def every_nth(items, step, start=0):
    """A small, spread-out sample of the rows, so a check's reference run stays fast."""
    return items[start::step]



def customer_parts(step):
    """Every step-th customer's tree features, split three ways by the milestone's given split_three (seed 7)."""
    def load():
        X, y = solution.load_features(DATA_PATH, solution.FEATURES)
        return solution.split_three(every_nth(X, step), every_nth(y, step), 7)
    return cached(f"churn-three-parts-{step}", load)
