import random

from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import expect_kinds

LABELS = [1, 0, 1, 1, 0, 0, 1, 0]
SCORES = [0.9, 0.8, 0.7, 0.4, 0.4, 0.2, 0.1, 0.05]


def synthetic(seed, n):
    """Labels and rounded scores (ties included) of an imaginary filter."""
    rng = random.Random(seed)
    labels = [1 if rng.random() < 0.4 else 0 for _ in range(n)]
    scores = [round(min(1.0, max(0.0, rng.gauss(0.68 if y else 0.35, 0.18))), 2) for y in labels]
    return labels, scores


def validation_and_test():
    return cached("07/validation_and_test", _compute_validation_and_test)


def _compute_validation_and_test():
    return synthetic(7, 150), synthetic(8, 150)


@check(task=1)
def precision_recall_at_a_threshold(learner):
    """precision_recall_at calls scores at or above the threshold positive"""
    at = learner.function("precision_recall_at", params=["labels", "scores", "threshold"])
    got = at.given(LABELS, SCORES, 0.4).value
    if len(got) == 2 and abs(got[0] - 2 / 3) < 1e-9 and abs(got[1] - 0.5) < 1e-9:
        fail("At threshold 0.4, with two scores exactly 0.4, you returned precision 2/3 and recall "
             "1/2: the scores equal to the threshold were left out. A score counts as positive when "
             "score >= threshold.")
    if len(got) == 2 and abs(got[0] - 0.75) < 1e-9 and abs(got[1] - 0.6) < 1e-9:
        fail("At threshold 0.4 you returned precision 0.75 and recall 0.6: precision and recall are "
             "swapped. Precision divides by the predicted positives, recall by the actual positives.")
    at.given(LABELS, SCORES, 0.4).returns((0.6, 0.75), tol=1e-9)
    at.given(LABELS, SCORES, 0.85).returns((1.0, 0.25), tol=1e-9)
    got = at.given(LABELS, SCORES, 0.95).returns((0.0, 0.0), tol=1e-9).value
    expect_kinds(got, (0.0, 0.0), "what `precision_recall_at` returned above every score",
                 "the instructions ask for the tuple (precision, recall) of floats, 0.0 (not 0) when a "
                 "denominator is zero.")


@check(task=2)
def curve_of_a_small_list(learner):
    """precision_recall_curve has one point per distinct score"""
    curve = learner.function("precision_recall_curve", params=["labels", "scores"])
    got = curve.given(LABELS, SCORES).value
    expect(len(got), "the number of points for 8 scores of which 7 are distinct").equals(7, reveal=True)
    expected = solution.precision_recall_curve(LABELS, SCORES)
    curve.given(LABELS, SCORES).returns(expected, tol=1e-9)
    expect_kinds(got, expected, "what `precision_recall_curve` returned",
                 "the instructions ask for a list of (threshold, precision, recall) tuples.")


@check(task=2, hidden=True)
def curve_of_held_out_scores(learner):
    """precision_recall_curve on held-out scores"""
    labels, scores = synthetic(3, 80)
    learner.function("precision_recall_curve").given(labels, scores).returns(
        solution.precision_recall_curve(labels, scores), tol=1e-9)


@check(task=3)
def threshold_meets_the_target(learner):
    """threshold_for_precision finds the smallest threshold reaching the target"""
    find = learner.function("threshold_for_precision", params=["labels", "scores", "target"])
    find.given(LABELS, SCORES, 0.6).returns(0.4, tol=1e-12, mistakes=[
        (0.7, "With a target of 0.6, precision is exactly 0.6 at threshold 0.4 and you passed it by: "
              "\"at least target\" means precision >= target."),
        (0.9, "With a target of 0.6 you returned 0.9, the largest threshold that reaches it. Take the "
              "smallest: it meets the target and keeps the most recall.")])
    find.given(LABELS, SCORES, 0.7).returns(0.9, tol=1e-12)
    find.given([0, 0, 1], [0.9, 0.8, 0.1], 0.5).returns(None)


@check(task=3, hidden=True)
def threshold_on_held_out_scores(learner):
    """threshold_for_precision on held-out scores"""
    labels, scores = synthetic(5, 120)
    find = learner.function("threshold_for_precision")
    for target in (0.8, 0.9, 0.95):
        find.given(labels, scores, target).returns(
            solution.threshold_for_precision(labels, scores, target), tol=1e-12)


@check(task=4)
def cost_weighs_the_two_errors(learner):
    """total_cost charges cost_fp per false positive and cost_fn per false negative"""
    cost = learner.function("total_cost", params=["labels", "scores", "threshold", "cost_fp", "cost_fn"])
    got = cost.given(LABELS, SCORES, 0.3, 10, 1).value
    if got == 1 * 2 + 10 * 1:
        fail("At threshold 0.3 there are 2 false positives and 1 false negative; with cost_fp=10 "
             f"and cost_fn=1 you returned {got}, charging 10 per false negative. The weights are "
             "swapped: losing real mail (a false positive) is the expensive error here.")
    cost.given(LABELS, SCORES, 0.3, 10, 1).returns(21, tol=1e-9)
    cost.given(LABELS, SCORES, 0.75, 5, 2).returns(1 * 5 + 3 * 2, tol=1e-9)
    cost.given(LABELS, SCORES, 0.4, 10, 1).returns(2 * 10 + 1 * 1, tol=1e-9, mistakes=[
        (1 * 10 + 2 * 1, "At threshold 0.4 two messages score exactly 0.4, and you counted them as not spam. "
                         "A score counts as spam when score >= threshold, in the cost as everywhere else.")])


@check(task=5)
def threshold_is_chosen_on_validation(learner):
    """choose_and_report picks the threshold on the validation part, not the test part"""
    (val_labels, val_scores), (test_labels, test_scores) = validation_and_test()
    choose = learner.function("choose_and_report", params=[
        "validation_labels", "validation_scores", "test_labels", "test_scores", "target"])
    got = choose.given(val_labels, val_scores, test_labels, test_scores, 0.9).value
    tuned_on_test = solution.choose_and_report(test_labels, test_scores, test_labels, test_scores, 0.9)
    expected = solution.choose_and_report(val_labels, val_scores, test_labels, test_scores, 0.9)
    if abs(got[0] - tuned_on_test[0]) < 1e-12 and abs(got[0] - expected[0]) > 1e-12:
        fail(f"You chose the threshold {got[0]}, which is what the test part asks for. The test part "
             "must stay unseen until the very end: choose the threshold on the validation part, "
             "then only measure precision and recall on the test part.")
    choose.given(val_labels, val_scores, test_labels, test_scores, 0.9).returns(expected, tol=1e-9)
    expect_kinds(got, expected, "what `choose_and_report` returned",
                 "the instructions ask for the tuple (threshold, test_precision, test_recall).")


@check(task=5, hidden=True)
def thresholds_drawn_at_check_time(learner):
    """precision_recall_at, the curve, threshold_for_precision and total_cost on scores drawn at check time"""
    rng = unpredictable_random()
    labels = [rng.randint(0, 1) for _ in range(rng.randint(6, 25))]
    scores = [round(min(1.0, max(0.0, 0.35 * label + rng.uniform(0, 0.65))), 1) for label in labels]
    threshold = rng.choice(scores)
    learner.function("precision_recall_at").given(labels, scores, threshold).returns(
        solution.precision_recall_at(labels, scores, threshold), tol=1e-12)
    call = learner.function("precision_recall_curve").given(labels, scores)
    call.returns(solution.precision_recall_curve(labels, scores), tol=1e-12)
    for point in call.value:
        expect(point, f"each (threshold, precision, recall) you return, such as {point!r},").is_instance(tuple)
    target = rng.choice([0.5, 0.7, 0.9])
    learner.function("threshold_for_precision").given(labels, scores, target).returns(
        solution.threshold_for_precision(labels, scores, target), tol=1e-12)
    cost_fp, cost_fn = rng.randint(1, 20), rng.randint(1, 5)
    learner.function("total_cost").given(labels, scores, threshold, cost_fp, cost_fn).returns(
        solution.total_cost(labels, scores, threshold, cost_fp, cost_fn), tol=1e-12)
