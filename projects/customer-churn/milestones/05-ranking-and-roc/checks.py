import random

from buildpath.checking import cached, check, expect, fail, solution
from checks_support import customer_parts, unseen_seed

TREE = {"leaf": False, "feature": 0, "threshold": 2.5,
        "left": {"leaf": True, "count": 8, "positives": 2, "prediction": 0},
        "right": {"leaf": True, "count": 5, "positives": 4, "prediction": 1}}
ACTUAL = [0, 1, 1, 0, 1, 0, 0, 1, 0, 0]
SCORES = [0.1, 0.9, 0.4, 0.4, 0.7, 0.7, 0.2, 0.4, 0.05, 0.6]


def in_given_order(actual, scores):
    """The curve a walk in the given order makes: what forgetting to sort gives."""
    positives, negatives = sum(actual), len(actual) - sum(actual)
    points, tp, fp = [(0.0, 0.0)], 0, 0
    pairs = list(zip(scores, actual))
    for position, (score, label) in enumerate(pairs):
        tp, fp = tp + label, fp + 1 - label
        if position + 1 == len(pairs) or pairs[position + 1][0] != score:
            points.append((fp / negatives, tp / positives))
    return points


def generated_scores(seed, count):
    generator = random.Random(seed)
    actual = [1 if generator.random() < 0.3 else 0 for _ in range(count)]
    actual[0], actual[1] = 0, 1
    scores = [round(min(1.0, max(0.0, 0.3 * label + generator.random() * 0.7)), 1) for label in actual]
    return actual, scores


def parts_and_tree():
    """Every 10th customer split three ways, and the depth-4 tree the given code grows on the training part."""
    def grow():
        train, validation, _ = customer_parts(10)
        return train, validation, solution.build_tree(train[0], train[1], 4, 10)
    return cached("churn-roc-tree", grow)


@check(task=1)
def probability_of_a_leaf(learner):
    """predict_proba gives the leaf's churn share"""
    proba = learner.function("predict_proba", params=["tree", "x"])
    proba.given(TREE, [1.0]).returns(0.25, tol=1e-12, mistakes=[
        (0, "That is the leaf's prediction: return positives / count, the churn share of its customers.")])
    proba.given(TREE, [2.5]).returns(0.25, tol=1e-12)
    proba.given(TREE, [4.0]).returns(0.8, tol=1e-12)
    pure = {"leaf": True, "count": 3, "positives": 3, "prediction": 1}
    got = proba.given(pure, [4.0]).returns(1.0, tol=1e-12).value
    if type(got) is not float:
        fail(f"Given a leaf where all 3 customers churned, predict_proba returned {got!r}; the instructions ask for a "
             "float, 1.0: return positives / count.")


@check(task=2)
def curve_of_ten_customers(learner):
    """roc_curve walks the scores from high to low, ties together"""
    roc = learner.function("roc_curve", params=["actual", "scores"])
    expected = solution.roc_curve(ACTUAL, SCORES)
    got = roc.given(ACTUAL, SCORES).value
    if not isinstance(got, list) or not all(isinstance(point, tuple) and len(point) == 2 for point in got):
        fail(f"roc_curve should return a list of (fpr, tpr) tuples; it returned {got!r}.")
    if len(got) == len(SCORES) + 1:
        fail(f"Ten customers with {len(set(SCORES))} distinct scores give {len(set(SCORES))} points after (0, 0), and "
             f"roc_curve gave {len(got) - 1}: customers with the same score enter the curve together, so add a point "
             "only where the score changes.")
    roc.given(ACTUAL, SCORES).returns(expected, tol=1e-12, mistakes=[
        (in_given_order(ACTUAL, SCORES), "These points follow the customers in their given order: sort the "
                                         "customers by score, highest first, before walking them.")])
    kinds = sorted({type(value).__name__ for point in got for value in point})
    if kinds != ["float"]:
        fail(f"The (fpr, tpr) points roc_curve returned hold values of the types {kinds}; the instructions ask for "
             "floats, from (0.0, 0.0) to (1.0, 1.0).")


@check(task=2, hidden=True)
def curve_of_generated_scores(learner):
    """roc_curve on scores generated from a fresh seed"""
    actual, scores = generated_scores(unseen_seed(), 60)
    learner.function("roc_curve").given(actual, scores).returns(solution.roc_curve(actual, scores), tol=1e-12)


@check(task=3)
def areas_agree(learner):
    """auc_trapezoid and auc_rank give the same area"""
    trapezoid = learner.function("auc_trapezoid", params=["points"])
    rank = learner.function("auc_rank", params=["actual", "scores"])
    trapezoid.given([(0.0, 0.0), (0.0, 0.5), (0.5, 1.0), (1.0, 1.0)]).returns(0.875, tol=1e-12)
    trapezoid.given([(0.0, 0.0), (1.0, 1.0)]).returns(0.5, tol=1e-12)
    expected = solution.auc_rank(ACTUAL, SCORES)
    no_ties = sum(1.0 for i, a in enumerate(ACTUAL) for j, b in enumerate(ACTUAL)
                  if a == 1 and b == 0 and SCORES[i] > SCORES[j]) / (4 * 6)
    rank.given(ACTUAL, SCORES).returns(expected, tol=1e-12, mistakes=[
        (no_ties, "Tied pairs were counted as losses: a tie counts one half.")])
    expect(abs(solution.auc_trapezoid(solution.roc_curve(ACTUAL, SCORES)) - expected), "the gap").at_most(1e-12)


@check(task=3, hidden=True)
def areas_of_generated_scores(learner):
    """auc_rank and auc_trapezoid on scores generated from a fresh seed"""
    actual, scores = generated_scores(unseen_seed(), 80)
    expected = solution.auc_rank(actual, scores)
    learner.function("auc_rank").given(actual, scores).returns(expected, tol=1e-9)
    learner.function("auc_trapezoid").given(solution.roc_curve(actual, scores)).returns(expected, tol=1e-9)


@check(task=4)
def threshold_fits_the_budget(learner):
    """budget_threshold calls as many as the budget allows, never more"""
    threshold = learner.function("budget_threshold", params=["scores", "budget"])
    scores = [0.3, 0.8, 0.5, 0.8, 0.1, 0.5, 0.9]
    threshold.given(scores, 3).returns(0.8, mistakes=[
        (0.5, "With 0.5 you would call five customers, more than the budget of 3.")])
    threshold.given(scores, 5).returns(0.5)
    threshold.given(scores, 7).returns(0.1)
    threshold.given([0.6, 0.6, 0.2], 1).returns(None)


@check(task=5)
def plan_on_validation(learner):
    """retention_plan chooses the threshold on the validation scores"""
    plan = learner.function("retention_plan", params=["tree", "train", "validation", "budget_share"])
    tree = {"leaf": False, "feature": 0, "threshold": 4.5, "left": TREE,
            "right": {"leaf": True, "count": 2, "positives": 2, "prediction": 1}}
    train = ([[0.0], [1.0], [3.0], [4.0], [2.0], [0.5], [1.5], [2.0], [0.2], [1.0]], [0, 0, 1, 1, 1, 0, 0, 0, 0, 0])
    validation = ([[0.0], [1.0], [3.0], [5.0], [4.0], [1.5], [0.5], [2.0], [5.0], [1.0]], [0, 1, 1, 0, 1, 0, 0, 0, 1, 0])
    expected = solution.retention_plan(tree, train, validation, 0.3)
    got = plan.given(tree, train, validation, 0.3).value
    if isinstance(got, dict) and got.get("threshold") != expected["threshold"]:
        fail(f"retention_plan chose the threshold {got.get('threshold')!r}; choose the threshold on the validation "
             "scores (the training customers' scores are too confident), with a budget of round(0.3 * 10) = 3.")
    plan.given(tree, train, validation, 0.3).returns(expected, tol=1e-12)
    got = plan.given(tree, train, validation, 0.38).value
    if isinstance(got, dict) and got.get("threshold") == expected["threshold"] != solution.retention_plan(
            tree, train, validation, 0.38)["threshold"]:
        fail(f"With budget_share 0.38 of 10 customers retention_plan chose the threshold {got.get('threshold')!r}, the "
             "one for a budget of 3. The budget is round(0.38 * 10) = 4: round to the nearest customer, not down.")
    plan.given(tree, train, validation, 0.38).returns(solution.retention_plan(tree, train, validation, 0.38), tol=1e-12)
    nobody = {"leaf": True, "count": 4, "positives": 0, "prediction": 0}
    got = plan.given(nobody, train, validation, 0.3).value
    if not isinstance(got, dict) or type(got.get("precision")) is not float:
        fail(f"Given a tree that scores every customer 0.0, retention_plan returned {got!r}; \"precision\" should be "
             "a float (0.0 when nobody is called).")


@check(task=5, hidden=True)
def plan_for_the_customers(learner):
    """retention_plan on a split of 500 customers"""
    train, validation, tree = parts_and_tree()
    expected = cached("churn-roc-plan", lambda: solution.retention_plan(tree, train, validation, 0.1))
    got = learner.function("retention_plan").given(tree, train, validation, 0.1).value
    if isinstance(got, dict) and got.get("threshold") != expected["threshold"]:
        fail("On the customers, retention_plan chose another threshold: choose the threshold on the validation scores.")
    expect(got, "the plan for the customers").equals(expected, tol=1e-12)
