import random

from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import expect_kinds


def held_out_predictions():
    return cached("08/held_out_predictions", _compute_held_out_predictions)


def _compute_held_out_predictions():
    rng = random.Random(17)
    labels = [int(rng.random() < 0.4) for _ in range(120)]
    model_a = [y if rng.random() < 0.9 else 1 - y for y in labels]
    model_b = [y if rng.random() < 0.8 else 1 - y for y in labels]
    return labels, model_a, model_b


@check(task=1)
def disagreements_count_only_one_right(learner):
    """disagreements counts the rows where exactly one model is right"""
    count = learner.function("disagreements", params=["labels", "predictions_a", "predictions_b"])
    labels = [1, 1, 0, 0, 1, 0, 1]
    a = [1, 1, 0, 1, 0, 0, 1]
    b = [1, 0, 1, 1, 1, 0, 0]
    got = count.given(labels, a, b).value
    if tuple(got) == (5, 3):
        fail("Given 7 rows you returned (5, 3): every row each model got right, including the rows "
             "where both are right. Count a row for A only when A is right and B is wrong.")
    count.given(labels, a, b).returns((3, 1))
    expect_kinds(got, (3, 1), "what `disagreements` returned",
                 "the instructions ask for the tuple (only_a_right, only_b_right) of two int counts.")
    count.given([0, 1], [0, 1], [0, 1]).returns((0, 0))


@check(task=1, hidden=True)
def disagreements_of_held_out_models(learner):
    """disagreements on held-out predictions"""
    labels, a, b = held_out_predictions()
    learner.function("disagreements").given(labels, a, b).returns(solution.disagreements(labels, a, b))


@check(task=2)
def mcnemar_with_continuity_correction(learner):
    """mcnemar_statistic applies the continuity correction"""
    statistic = learner.function("mcnemar_statistic", params=["only_a_right", "only_b_right"])
    got = statistic.given(10, 2).value
    if abs(got - 64 / 12) < 1e-9:
        fail("Given 10 and 2 you returned 5.333 = (10 - 2)² / 12: the continuity correction is "
             "missing. Subtract 1 from |b - c| before squaring.")
    statistic.given(10, 2).returns(49 / 12, tol=1e-9)
    statistic.given(3, 7).returns(0.9, tol=1e-9)
    got = statistic.given(0, 0).returns(0.0, tol=1e-12).value
    expect_kinds(got, 0.0, "what `mcnemar_statistic` returned for two counts of 0",
                 "the instructions ask for the float 0.0 there, like every other statistic.")


@check(task=3)
def clearly_different_uses_the_critical_value(learner):
    """clearly_different compares the statistic with 3.841"""
    clear = learner.function("clearly_different", params=["only_a_right", "only_b_right"])
    clear.given(10, 2).returns(True)
    clear.given(5, 12).returns(False)
    clear.given(40, 12).returns(True)
    clear.given(0, 0).returns(False)
    # (|b - c| - 1)² / (b + c) is exactly 3.841 here: 3841² / 3,841,000
    clear.given(1922421, 1918579).returns(False, mistakes=[
        (True, "Given counts whose statistic is exactly 3.841 you returned True. The difference is clear only "
               "when the statistic is greater than 3.841: use >, not >=.")])


@check(task=4)
def comparison_table_of_two_models(learner):
    """comparison_rows gives one row of measures per model"""
    rows = learner.function("comparison_rows", params=["labels", "predictions"])
    labels = [1, 1, 0, 0, 1]
    predictions = {"cautious": [1, 0, 0, 0, 0], "eager": [1, 1, 1, 1, 1]}
    got = rows.given(labels, predictions).value
    expect([row.get("model") for row in got], "the model names, in order").equals(
        ["cautious", "eager"], reveal=True)
    rows.given(labels, predictions).returns(solution.comparison_rows(labels, predictions), tol=1e-9)
    reordered = {"eager": predictions["eager"], "cautious": predictions["cautious"]}
    got = rows.given(labels, reordered).value
    names = [row.get("model") if isinstance(row, dict) else row for row in got]
    if names != ["eager", "cautious"]:
        fail(f"Given the models in the order eager, cautious you returned the rows in the order {names}: keep "
             "the order of `predictions` (a dict remembers the order its keys were added in).")
    never = [{"model": "never", "accuracy": 1.0, "precision": 0.0, "recall": 0.0, "f1": 0.0}]
    got = rows.given([0, 0], {"never": [0, 0]}).returns(never, tol=1e-9).value
    expect_kinds(got, never, "what `comparison_rows` returned for a model that never says spam",
                 "the instructions ask for a list of dicts whose measures are floats, 0.0 (not 0) when a "
                 "denominator is zero.")


@check(task=4, hidden=True)
def comparison_table_of_held_out_models(learner):
    """comparison_rows on held-out predictions"""
    labels, a, b = held_out_predictions()
    predictions = {"B": b, "A": a}
    learner.function("comparison_rows").given(labels, predictions).returns(
        solution.comparison_rows(labels, predictions), tol=1e-9)


@check(task=4, hidden=True)
def comparisons_drawn_at_check_time(learner):
    """disagreements, mcnemar_statistic, clearly_different and comparison_rows on predictions drawn at check time"""
    rng = unpredictable_random()
    labels = [rng.randint(0, 1) for _ in range(rng.randint(10, 40))]
    a = [label if rng.random() < 0.8 else 1 - label for label in labels]
    b = [label if rng.random() < 0.6 else 1 - label for label in labels]
    learner.function("disagreements").given(labels, a, b).returns(solution.disagreements(labels, a, b))
    only_a, only_b = rng.randint(0, 30), rng.randint(0, 30)
    learner.function("mcnemar_statistic").given(only_a, only_b).returns(
        solution.mcnemar_statistic(only_a, only_b), tol=1e-12)
    learner.function("clearly_different").given(only_a, only_b).returns(solution.clearly_different(only_a, only_b))
    predictions = {"first": a, "second": b}
    learner.function("comparison_rows").given(labels, predictions).returns(
        solution.comparison_rows(labels, predictions), tol=1e-12)
