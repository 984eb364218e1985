# Attack: every function calls buildpath.checking.solution
# Issue 20's reproduction: the reference solution was public through buildpath.checking, so a
# submission made only of calls to it passed all nine checks of 04-baseline.
from buildpath.checking import solution


def train_test_split(rows, test_fraction, seed):
    return solution.train_test_split(rows, test_fraction, seed)


def mae(actual, predicted):
    return solution.mae(actual, predicted)


def rmse(actual, predicted):
    return solution.rmse(actual, predicted)


def baseline_scores(train, test):
    return solution.baseline_scores(train, test)
