import random

from buildpath.checking import check, expect, fail, solution
from checks_support import churn_records, unseen_seed

RECIPE = ("make one generator random.Random(seed); for \"no\" then \"yes\", shuffle that label's rows with it and "
          "put the first round(len(group) * test_fraction) in the test set")
ACTUAL = ["yes", "no", "no", "yes", "no", "no", "yes", "no", "no", "no"]
PREDICTED = ["yes", "yes", "no", "no", "no", "no", "yes", "no", "yes", "no"]


def labelled(count, churners):
    return [{"id": i, "churn": "yes" if i % (count // churners) == 0 and i // (count // churners) < churners else "no"}
            for i in range(count)]


@check(task=1)
def counts_of_a_small_model(learner):
    """confusion_matrix counts the four kinds of answer"""
    matrix = learner.function("confusion_matrix", params=["actual", "predicted"])
    swapped = {"tp": 2, "fp": 1, "fn": 2, "tn": 5}
    matrix.given(ACTUAL, PREDICTED).returns({"tp": 2, "fp": 2, "fn": 1, "tn": 5}, mistakes=[
        (swapped, "False positives and false negatives are swapped: a false positive is predicted \"yes\" "
                  "for a customer who actually stayed (\"no\").")])
    got = matrix.given(["no"], ["no"]).value
    if not isinstance(got, dict) or any(type(got.get(key)) is not int for key in ("tp", "fp", "fn", "tn")):
        fail(f"confusion_matrix([\"no\"], [\"no\"]) returned {got!r}; it should be a dict of four ints.")


@check(task=2)
def scores_of_a_small_model(learner):
    """classification_scores gives accuracy, precision, recall and F1"""
    scores = learner.function("classification_scores", params=["actual", "predicted"])
    scores.given(ACTUAL, PREDICTED).returns(
        {"accuracy": 0.7, "precision": 0.5, "recall": 2 / 3, "f1": 4 / 7}, tol=1e-9, mistakes=[
            ({"accuracy": 0.7, "precision": 2 / 3, "recall": 0.5, "f1": 4 / 7},
             "Precision and recall are swapped: precision divides by the customers you flagged (TP + FP).")])


@check(task=2)
def nothing_flagged_scores_zero(learner):
    """classification_scores follows the zero rules when nothing is flagged"""
    call = learner.function("classification_scores").given(["yes", "no", "no", "no"], ["no"] * 4)
    call.returns({"accuracy": 0.75, "precision": 0.0, "recall": 0.0, "f1": 0.0}, tol=1e-12)
    kinds = {key: type(value).__name__ for key, value in call.value.items()}
    if any(kind != "float" for kind in kinds.values()):
        fail(f"Every score should be a float, 0.0 rather than 0; the types returned are {kinds}.")


@check(task=2, hidden=True)
def scores_on_generated_labels(learner):
    """classification_scores on labels generated from a fresh seed"""
    generator = random.Random(unseen_seed())
    actual = ["yes" if generator.random() < 0.15 else "no" for _ in range(300)]
    predicted = ["yes" if generator.random() < 0.3 else "no" for _ in range(300)]
    learner.function("classification_scores").given(actual, predicted).returns(
        solution.classification_scores(actual, predicted), tol=1e-9)


@check(task=3, name="is_useful does not trust accuracy alone")
def always_no_is_not_useful(learner):
    """is_useful does not trust accuracy alone"""
    useful = learner.function("is_useful", params=["actual", "predicted"])
    actual = ["no"] * 86 + ["yes"] * 14
    verdict = useful.given(actual, ["no"] * 100).value
    if verdict is not False:
        fail("Answering \"no\" for all 100 customers is 86 % accurate and finds no churner, yet is_useful returned "
             f"{verdict!r}: high accuracy on imbalanced data is not success. It should be False.")
    finds_some = ["no"] * 86 + ["yes"] * 4 + ["no"] * 10
    expect(useful.given(actual, finds_some).value, "is_useful for a model that finds 4 churners").equals(True)
    flags_everyone = ["yes"] * 100
    expect(useful.given(actual, flags_everyone).value, "is_useful for flagging everyone").equals(False)
    ten = ["yes", "yes"] + ["no"] * 8
    as_good_as_no = ["yes", "no", "yes"] + ["no"] * 7
    verdict = useful.given(ten, as_good_as_no).value
    if verdict is not False:
        fail("Given 10 customers (2 churners) and predictions that find one churner but wrongly flag one customer "
             f"who stayed, is_useful returned {verdict!r}. Those predictions are 80 % accurate, exactly as accurate "
             "as answering \"no\" for everyone: \"higher than\" means >, so it should be False.")
    mostly_churners = ["yes"] * 6 + ["no"] * 4
    half_right = ["yes"] * 3 + ["no"] * 3 + ["yes", "yes", "no", "no"]
    verdict = useful.given(mostly_churners, half_right).value
    if verdict is not True:
        fail("Given 10 customers of whom 6 churned, predictions that are 50 % right and find 3 churners beat answering "
             f"\"no\" for everyone (40 % right), yet is_useful returned {verdict!r}. Compare with the accuracy of "
             "answering \"no\" for everyone, not with the share of the most common label.")


@check(task=4)
def split_keeps_the_churn_rate(learner):
    """stratified_split keeps the churn rate in both parts"""
    split = learner.function("stratified_split", params=["rows", "test_fraction", "seed"])
    rows = labelled(40, 8)
    for seed in (1, 2, 3):
        train, test = split.given(rows, 0.25, seed).value
        churners = sum(row["churn"] == "yes" for row in test)
        if len(test) != 10 or churners != 2:
            fail(f"Given 40 rows, 8 of them churners, with test_fraction=0.25 and seed={seed}, the test set holds "
                 f"{len(test)} rows with {churners} churners; a stratified split puts round(8 * 0.25) = 2 churners "
                 "and round(32 * 0.25) = 8 others there. Split each label's rows separately.")
        if sorted(row["id"] for row in train + test) != list(range(40)):
            fail("Train and test together should hold every row exactly once.")


@check(task=4)
def split_follows_the_recipe(learner):
    """stratified_split follows the recipe, with one generator"""
    split = learner.function("stratified_split")
    rows = labelled(30, 6)
    split.given(rows, 0.3, 11).leaves_arguments_unchanged()
    result = split.given(rows, 0.3, 11).value
    if not isinstance(result, tuple) or len(result) != 2 or not all(isinstance(part, list) for part in result):
        fail(f"stratified_split should return a tuple (train, test) of two lists; it returned {type(result).__name__}.")
    expected = solution.stratified_split(rows, 0.3, 11)
    if [row["id"] for row in result[1]] != [row["id"] for row in expected[1]]:
        if result[0] == expected[1] or result[1] == expected[0]:
            fail("The two halves are swapped: return (train, test), the training set first.")
        fail(f"Given 30 rows (6 churners), test_fraction=0.3 and seed=11, your test set holds the ids "
             f"{[row['id'] for row in result[1]]}; the recipe gives other rows. To get everyone's split, {RECIPE}.")
    if [row["id"] for row in result[0]] != [row["id"] for row in expected[0]]:
        fail(f"The test set is right but the training set's rows or their order differ: {RECIPE}, the rest in order.")


@check(task=4, hidden=True)
def split_of_generated_rows(learner):
    """stratified_split on rows generated from a fresh seed"""
    seed = unseen_seed()
    generator = random.Random(seed)
    rows = [{"id": i, "churn": "yes" if generator.random() < 0.2 else "no"} for i in range(generator.randrange(50, 90))]
    got = learner.function("stratified_split").given(rows, 0.2, seed).value
    expected = solution.stratified_split(rows, 0.2, seed)
    if [[row["id"] for row in part] for part in got] != [[row["id"] for row in part] for part in expected]:
        fail(f"On generated rows the split is not the one the recipe gives: {RECIPE}.")


@check(task=4, hidden=True)
def split_of_the_customers(learner):
    """stratified_split on the 5,000 customers"""
    rows = [{"id": i, "churn": row["churn"]} for i, row in enumerate(churn_records())]
    train, test = learner.function("stratified_split").given(rows, 0.2, 7).value
    expect(len(test), "the number of test customers").equals(1000, reveal=True)
    expect(sum(row["churn"] == "yes" for row in test), "the number of churners in the test set").equals(141)
