"""Helpers the checks of every customer-churn milestone share (`import checks_support`)."""

import csv
import random

from buildpath.checking import CheckFailed, cached, fail

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
    return random.SystemRandom().randrange(1, 2 ** 31)


def every_nth(items, step, start=0):
    """A small, spread-out sample of the rows, so a check's reference run stays fast."""
    return items[start::step]


def calling(call, hint_when, hint):
    """Make a call; if it fails with a message containing `hint_when`, fail with `hint` first."""
    try:
        return call()
    except CheckFailed as failure:
        if hint_when in str(failure):
            fail(f"{hint}\n{failure}")
        raise
