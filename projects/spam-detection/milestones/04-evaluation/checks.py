import random

from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import expect_kinds

ACTUAL = ["spam", "ham", "ham", "spam", "ham", "ham", "spam", "ham", "ham", "ham"]
PREDICTED = ["spam", "spam", "ham", "ham", "ham", "ham", "ham", "ham", "ham", "ham"]


def held_out_predictions():
    return cached("04/held_out_predictions", _compute_held_out_predictions)


def _compute_held_out_predictions():
    """Labels and reference predictions for a held-out fifth of the messages."""
    messages = solution.load_messages("data/messages.csv")
    train = [m for i, m in enumerate(messages) if i % 5 != 2]
    test = [m for i, m in enumerate(messages) if i % 5 == 2]
    return [label for label, _ in test], solution.train_and_predict(train, test)


def random_labels():
    return cached("04/random_labels", _compute_random_labels)


def _compute_random_labels():
    rng = random.Random(41)
    actual = [rng.choice([0, 0, 0, 1]) for _ in range(60)]
    predicted = [label if rng.random() < 0.8 else 1 - label for label in actual]
    return actual, predicted


@check(task=1)
def confusion_counts_of_a_small_list(learner):
    """confusion_counts counts the four cells"""
    counts = learner.function("confusion_counts", params=["actual", "predicted", "positive"])
    got = counts.given(ACTUAL, PREDICTED, "spam").returns({"tp": 1, "fp": 1, "fn": 2, "tn": 6}).value
    expect_kinds(got, {"tp": 1, "fp": 1, "fn": 2, "tn": 6}, "what `confusion_counts` returned",
                 "each cell counts messages, so it is a whole number: start every count at 0, not 0.0.")


@check(task=1)
def confusion_counts_uses_the_positive_argument(learner):
    """confusion_counts counts with the positive class it is given"""
    counts = learner.function("confusion_counts")
    got = counts.given([1, 0, 1, 1], [1, 1, 0, 1], 1).value
    if got == {"tp": 0, "fp": 0, "fn": 0, "tn": 4}:
        fail("Given the labels 0 and 1 with positive=1 you counted every row as a true negative: "
             "compare with the `positive` argument rather than with a fixed label such as 'spam'.")
    counts.given([1, 0, 1, 1], [1, 1, 0, 1], 1).returns({"tp": 2, "fp": 1, "fn": 1, "tn": 0})
    counts.given(ACTUAL, PREDICTED, "ham").returns({"tp": 6, "fp": 2, "fn": 1, "tn": 1})


@check(task=2)
def accuracy_is_the_share_of_agreements(learner):
    """accuracy is the fraction of matching labels"""
    acc = learner.function("accuracy", params=["actual", "predicted"])
    acc.given(ACTUAL, PREDICTED).returns(0.7, tol=1e-9)
    acc.given(["a"], ["a"]).returns(1.0, tol=1e-9)


@check(task=3)
def precision_and_recall_are_not_swapped(learner):
    """precision divides by predicted positives, recall by actual positives"""
    scores = learner.function("precision_recall_f1", params=["actual", "predicted", "positive"])
    actual = [1, 1, 1, 1, 0, 0]
    predicted = [1, 0, 0, 0, 0, 0]
    got = scores.given(actual, predicted, 1).value
    if len(got) == 3 and abs(got[0] - 0.25) < 1e-9 and abs(got[1] - 1.0) < 1e-9:
        fail("Given 4 actual positives of which you predicted 1 (correctly) you returned precision "
             "0.25 and recall 1.0: they are swapped. Precision is TP / (TP + FP), the share of "
             "predicted positives that are right; recall is TP / (TP + FN).")
    expect(len(got), "the number of values returned").equals(3, reveal=True)
    expect(got[0], "the precision for 4 positives of which 1 was predicted, correctly").equals(1.0, tol=1e-9)
    expect(got[1], "the recall for 4 positives of which 1 was predicted, correctly").equals(0.25, tol=1e-9)


@check(task=3)
def f1_is_the_harmonic_mean(learner):
    """F1 is the harmonic mean of precision and recall"""
    scores = learner.function("precision_recall_f1")
    got = scores.given([1, 0, 0], [1, 1, 1], 1).value
    if len(got) == 3 and abs(got[2] - 2 / 3) < 1e-9:
        fail("With precision 1/3 and recall 1 you returned F1 = 0.667, their ordinary average. "
             "F1 is the harmonic mean 2·p·r / (p + r), which stays low when either one is low.")
    scores.given([1, 0, 0], [1, 1, 1], 1).returns((1 / 3, 1.0, 0.5), tol=1e-9)
    scores.given([1, 1, 1, 1, 0, 0], [1, 0, 0, 0, 0, 0], 1).returns((1.0, 0.25, 0.4), tol=1e-9)


@check(task=3)
def precision_recall_f1_without_predicted_positives(learner):
    """precision_recall_f1 gives 0.0 instead of dividing by zero"""
    scores = learner.function("precision_recall_f1")
    call = scores.given([1, 0, 1], [0, 0, 0], 1).returns((0.0, 0.0, 0.0), tol=1e-9)
    expect_kinds(call.value, (0.0, 0.0, 0.0), "what `precision_recall_f1` returned for predictions with no positive",
                 "the instructions ask for the tuple (precision, recall, f1) of floats, 0.0 (not 0) when a "
                 "denominator is zero.")
    scores.given([0, 0, 0, 0], [1, 0, 1, 0], 1).returns((0.0, 0.0, 0.0), tol=1e-9)
    scores.given(ACTUAL, PREDICTED, "spam").returns((0.5, 1 / 3, 0.4), tol=1e-9)


@check(task=3, hidden=True)
def precision_recall_f1_on_held_out_predictions(learner):
    """precision_recall_f1 on held-out predictions"""
    scores = learner.function("precision_recall_f1")
    actual, predicted = held_out_predictions()
    scores.given(actual, predicted, "spam").returns(
        solution.precision_recall_f1(actual, predicted, "spam"), tol=1e-9)
    actual, predicted = random_labels()
    scores.given(actual, predicted, 1).returns(solution.precision_recall_f1(actual, predicted, 1), tol=1e-9)
    scores.given(actual, predicted, 0).returns(solution.precision_recall_f1(actual, predicted, 0), tol=1e-9)


@check(task=4)
def baseline_is_the_majority_share(learner):
    """baseline_accuracy is the share of the most common label"""
    baseline = learner.function("baseline_accuracy", params=["actual"])
    baseline.given(ACTUAL).returns(0.7, tol=1e-9)
    baseline.given([1, 1, 0, 0, 0]).returns(0.6, tol=1e-9)


@check(task=4, hidden=True)
def baseline_on_held_out_labels(learner):
    """baseline_accuracy on held-out labels"""
    actual, _ = random_labels()
    learner.function("baseline_accuracy").given(actual).returns(solution.baseline_accuracy(actual), tol=1e-9)


@check(task=5)
def confusion_matrix_is_drawn(learner):
    """plot_confusion draws the matrix as a heatmap"""
    learner.function("plot_confusion", params=["counts", "negative", "positive"]).given(
        {"tp": 7, "fp": 2, "fn": 3, "tn": 40}, "ham", "spam")
    shown = learner.shown("heatmap", title="Confusion matrix")
    matrix = [list(row) for row in shown.get("values", [])]
    if matrix == [[7, 2], [3, 40]]:
        fail("The heatmap puts TP in the top-left corner. Rows are the actual classes, negative "
             "first: [[tn, fp], [fn, tp]].")
    expect(matrix, "the heatmap's matrix").equals([[40, 2], [3, 7]], reveal=True)
    expect(list(shown.get("row_labels") or []), "the row labels").equals(
        ["actual ham", "actual spam"], reveal=True)
    expect(list(shown.get("column_labels") or []), "the column labels").equals(
        ["predicted ham", "predicted spam"], reveal=True)


@check(task=4, hidden=True)
def scores_of_predictions_drawn_at_check_time(learner):
    """confusion_counts, accuracy, precision_recall_f1 and baseline_accuracy on predictions drawn at check time"""
    rng = unpredictable_random()
    actual = [rng.choice(["ham", "spam"]) for _ in range(rng.randint(5, 30))]
    predicted = [label if rng.random() < 0.7 else rng.choice(["ham", "spam"]) for label in actual]
    learner.function("confusion_counts").given(actual, predicted, "spam").returns(
        solution.confusion_counts(actual, predicted, "spam"))
    learner.function("accuracy").given(actual, predicted).returns(solution.accuracy(actual, predicted), tol=1e-12)
    call = learner.function("precision_recall_f1").given(actual, predicted, "spam")
    call.returns(solution.precision_recall_f1(actual, predicted, "spam"), tol=1e-12)
    expect(call.value, "what precision_recall_f1 returned").is_instance(tuple)
    if actual.count("ham") != actual.count("spam"):
        learner.function("baseline_accuracy").given(actual).returns(solution.baseline_accuracy(actual), tol=1e-12)
