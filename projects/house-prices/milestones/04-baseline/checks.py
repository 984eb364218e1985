import math
import random

from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import read_columns

RECIPE = ("copy the rows with list(rows), shuffle the copy with random.Random(seed).shuffle, "
          "and take the first round(len(rows) * test_fraction) rows as the test set")


def ames_rows():
    """Area and price of the 2,925 sales up to 4,000 sq ft, in file order."""
    return cached("ames-area-price", lambda: solution.drop_large_houses(read_columns(["Gr_Liv_Area", "Sale_Price"]), 4000))


def is_pair_of_lists(value):
    return isinstance(value, (tuple, list)) and len(value) == 2 and all(isinstance(part, list) for part in value)


@check(task=1)
def split_has_the_right_sizes(learner):
    """train_test_split gives test sets of the right size"""
    split = learner.function("train_test_split", params=["rows", "test_fraction", "seed"])
    for n, fraction, seed in ((20, 0.25, 1), (9, 0.3, 4), (11, 0.5, 8), (10, 0.25, 3)):
        result = split.given(list(range(n)), fraction, seed).value
        if not is_pair_of_lists(result):
            fail(f"train_test_split should return a tuple (train, test) of two lists; it returned {result!r}.")
        train, test = result
        size = round(n * fraction)
        if len(test) != size and n * fraction == 2.5:
            fail(f"With {n} rows and test_fraction={fraction}, the test set has {len(test)} rows; it should have "
                 f"round({n} * {fraction}) = {size}. Python's round() takes a half to the even neighbour, "
                 "so round(2.5) is 2: use round() itself, not math.ceil or int(x + 0.5).")
        if len(test) != size:
            fail(f"With {n} rows and test_fraction={fraction}, the test set has {len(test)} rows; it should have "
                 f"round({n} * {fraction}) = {size}. Check how you compute the size and where you cut the list.")
        if sorted(train + test) != list(range(n)):
            fail(f"With {n} rows, train and test together should hold every row exactly once; they hold "
                 f"{sorted(train + test)!r}.")


@check(task=1)
def split_is_reproducible(learner):
    """train_test_split gives the same split for the same seed"""
    split = learner.function("train_test_split", params=["rows", "test_fraction", "seed"])
    first = split.given(list(range(30)), 0.2, 7).value
    again = split.given(list(range(30)), 0.2, 7).value
    expect(first == again, "the two splits").is_true(
        "Two calls with seed=7 gave different splits, so your results would change every run: "
        "shuffle with your own generator, random.Random(seed), instead of the shared random.shuffle.")
    other = split.given(list(range(30)), 0.2, 8).value
    expect(first != other, "the splits for two seeds").is_true(
        "Seeds 7 and 8 gave the same split: the seed should decide the shuffle.")


@check(task=1)
def split_follows_the_recipe(learner):
    """train_test_split follows the recipe, so everyone gets the same split"""
    split = learner.function("train_test_split", params=["rows", "test_fraction", "seed"])
    rows = [{"id": i} for i in range(12)]
    split.given(rows, 0.25, 42).leaves_arguments_unchanged()
    train, test = solution.train_test_split(rows, 0.25, 42)
    result = split.given(rows, 0.25, 42).value
    if not is_pair_of_lists(result):
        fail(f"train_test_split should return a tuple (train, test) of two lists; it returned {result!r}.")
    expect(result, "what train_test_split returned").is_instance(tuple)
    if list(result) == [test, train]:
        fail("The two halves are swapped: return (train, test), the training set first.")
    if list(result) != [train, test]:
        got = [row["id"] for row in result[1]]
        fail(f"Given 12 rows with ids 0 to 11, test_fraction=0.25 and seed=42, your test set holds the ids "
             f"{got}; the recipe puts other rows there. To get the same split as everyone else, {RECIPE}.")


@check(task=1, hidden=True)
def split_of_the_ames_sales(learner):
    """train_test_split on the 2,925 sales"""
    rows = list(range(len(ames_rows())))
    train, test = learner.function("train_test_split").given(rows, 0.2, 2011).value
    expect(len(test), "the number of test sales").equals(585, reveal=True)
    expected_train, expected_test = solution.train_test_split(rows, 0.2, 2011)
    expect(test == expected_test and train == expected_train, "the split").is_true(
        f"The split of the Ames sales is not the one the recipe gives: {RECIPE}.")


@check(task=2)
def mae_of_short_lists(learner):
    """mae averages the absolute errors"""
    mae = learner.function("mae", params=["actual", "predicted"])
    signed = "Errors below and above cancel out: take abs() of each difference before averaging."
    mae.given([200.0, 150.0, 90.0, 310.0], [180.0, 170.0, 100.0, 250.0]).returns(
        27.5, tol=1e-9, mistakes=[(-2.5, signed), (2.5, signed)])
    mae.given([5.0], [5.0]).returns(0.0, tol=1e-12)


@check(task=3)
def rmse_of_short_lists(learner):
    """rmse is the square root of the mean squared error"""
    rmse = learner.function("rmse", params=["actual", "predicted"])
    actual, predicted = [200.0, 150.0, 90.0, 310.0], [180.0, 170.0, 100.0, 250.0]
    mse = (20 ** 2 + 20 ** 2 + 10 ** 2 + 60 ** 2) / 4
    rmse.given(actual, predicted).returns(math.sqrt(mse), tol=1e-9, mistakes=[
        (mse, "That is the mean squared error: RMSE is its square root, so it is in dollars like the prices."),
        (math.sqrt(mse * 4), "Divide the sum of squared errors by the number of houses before taking the root."),
    ])
    rmse.given([3.0, 4.0], [0.0, 0.0]).returns(math.sqrt(12.5), tol=1e-9)


@check(task=3, hidden=True)
def rmse_on_many_prices(learner):
    """rmse on many prices"""
    generator = random.Random(5)
    actual = [generator.uniform(50000, 400000) for _ in range(500)]
    predicted = [generator.uniform(50000, 400000) for _ in range(500)]
    expected = solution.rmse(actual, predicted)
    learner.function("rmse").given(actual, predicted).returns(expected, rel=1e-9, mistakes=[
        (expected ** 2, "That is the mean squared error: take its square root.")])


@check(task=4)
def baseline_of_a_small_split(learner):
    """baseline_scores predicts the mean training price"""
    baseline = learner.function("baseline_scores", params=["train", "test"])
    train = [{"Sale_Price": p} for p in (120000.0, 180000.0, 240000.0, 160000.0)]
    test = [{"Sale_Price": p} for p in (150000.0, 310000.0)]
    expected = solution.baseline_scores(train, test)
    leaked = solution.baseline_scores(test, test)
    baseline.given(train, test).returns(expected, tol=1e-6, mistakes=[
        (leaked, "The prediction used the test prices. The test set stands for houses whose price you do "
                 "not know yet: predict with the mean of the *training* prices only.")])


@check(task=4, hidden=True)
def baseline_on_the_ames_split(learner):
    """baseline_scores on the Ames split"""
    train, test = solution.train_test_split(ames_rows(), 0.2, 2011)
    expected = solution.baseline_scores(train, test)
    leaked = solution.baseline_scores(test, test)
    learner.function("baseline_scores").given(train, test).returns(expected, rel=1e-9, mistakes=[
        (leaked, "The prediction used the test prices: use the mean of the training prices only.")])


@check(task=4, hidden=True)
def split_and_scores_drawn_at_check_time(learner):
    """train_test_split, mae, rmse and baseline_scores on sales and a seed drawn at check time"""
    rng = unpredictable_random()
    rows = [{"Sale_Price": float(rng.randint(40000, 600000))} for _ in range(rng.randint(5, 30))]
    fraction, seed = rng.choice([0.1, 0.2, 0.25, 0.3, 0.5]), rng.randrange(10 ** 6)
    learner.function("train_test_split").given(rows, fraction, seed).returns(
        solution.train_test_split(rows, fraction, seed))
    actual = [row["Sale_Price"] for row in rows]
    predicted = [price + rng.uniform(-5e4, 5e4) for price in actual]
    learner.function("mae").given(actual, predicted).returns(solution.mae(actual, predicted), rel=1e-9)
    learner.function("rmse").given(actual, predicted).returns(solution.rmse(actual, predicted), rel=1e-9)
    train, test = solution.train_test_split(rows, 0.3, seed)
    learner.function("baseline_scores").given(train, test).returns(solution.baseline_scores(train, test), rel=1e-9)
