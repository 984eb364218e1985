import random

from buildpath.checking import cached, check, expect, fail, solution
from checks_support import customer_parts, unseen_seed

TREE = {"leaf": False, "feature": 0, "threshold": 2.5,
        "left": {"leaf": True, "count": 3, "positives": 0, "prediction": 0},
        "right": {"leaf": True, "count": 3, "positives": 2, "prediction": 1}}


def generated(seed, rows):
    generator = random.Random(seed)
    X = [[float(generator.randrange(10)), float(generator.randrange(10))] for _ in range(rows)]
    y = [1 if x[0] + generator.randrange(7) > 8 else 0 for x in X]
    return X, y


@check(task=1)
def accuracy_of_a_stump(learner):
    """accuracy is the share of right predictions"""
    accuracy = learner.function("accuracy", params=["tree", "X", "y"])
    X = [[1.0], [2.0], [3.0], [4.0], [5.0]]
    accuracy.given(TREE, X, [0, 1, 1, 1, 0]).returns(0.6, tol=1e-12, mistakes=[
        (0.4, "That is the share of wrong predictions: count predict(tree, x) == label.")])
    got = accuracy.given(TREE, X[2:4], [1, 1]).returns(1.0, tol=1e-12).value
    if type(got) is not float:
        fail(f"Given two rows the tree gets right, accuracy returned {got!r}; the instructions ask for a float, 1.0: "
             "divide the number of right predictions by the number of rows.")


@check(task=2)
def curve_of_a_small_problem(learner):
    """depth_curve scores each depth on training and validation rows"""
    curve = learner.function("depth_curve", params=["X_train", "y_train", "X_val", "y_val", "depths", "min_leaf"])
    X, y = generated(3, 60)
    X_val, y_val = generated(4, 30)
    expected = solution.depth_curve(X, y, X_val, y_val, [1, 2, 4], 2)
    on_training = [{**point, "validation": point["train"]} for point in expected]
    curve.given(X, y, X_val, y_val, [1, 2, 4], 2).returns(expected, tol=1e-12, mistakes=[
        (on_training, "The validation accuracy was measured on the training rows: score each tree on X_val, y_val.")])
    got = curve.given(X, y, X_val, y_val, [4, 1], 2).value
    if not isinstance(got, list):
        fail(f"depth_curve should return a list of points; it returned {type(got).__name__}.")
    depths = [point.get("depth") if isinstance(point, dict) else point for point in got]
    if depths != [4, 1]:
        fail(f"Given the depths [4, 1], depth_curve returned points for the depths {depths}: keep the order of "
             "`depths`, one point each.")


@check(task=2, hidden=True)
def curve_of_generated_rows(learner):
    """depth_curve on rows generated from a fresh seed"""
    seed = unseen_seed()
    X, y = generated(seed, 70)
    X_val, y_val = generated(seed + 1, 40)
    expected = solution.depth_curve(X, y, X_val, y_val, [3, 1, 2], 3)
    learner.function("depth_curve").given(X, y, X_val, y_val, [3, 1, 2], 3).returns(expected, tol=1e-12)


@check(task=3)
def depth_with_the_best_validation(learner):
    """choose_depth follows validation accuracy, the smallest depth on a tie"""
    choose = learner.function("choose_depth", params=["curve"])
    curve = [{"depth": 1, "train": 0.80, "validation": 0.78}, {"depth": 3, "train": 0.86, "validation": 0.84},
             {"depth": 5, "train": 0.93, "validation": 0.84}, {"depth": 8, "train": 0.99, "validation": 0.80}]
    choose.given(curve).returns(3, mistakes=[
        (8, "That is the depth with the best training accuracy, but the training accuracy always rises with depth: "
            "choose by validation accuracy."),
        (5, "Depths 3 and 5 tie on validation: take the smallest depth, the simpler tree.")])
    reordered = [curve[2], curve[3], curve[1], curve[0]]
    choose.given(reordered).returns(3, mistakes=[
        (5, "Depths 3 and 5 tie on validation: take the smallest depth, whatever the order of the curve.")])


@check(task=3, hidden=True)
def depth_of_generated_curves(learner):
    """choose_depth on curves generated from a fresh seed"""
    generator = random.Random(unseen_seed())
    choose = learner.function("choose_depth")
    for _ in range(5):
        depths = generator.sample(range(1, 20), 6)
        curve = [{"depth": d, "train": 0.8 + d / 100, "validation": generator.choice([0.81, 0.82, 0.83])} for d in depths]
        choose.given(curve).returns(solution.choose_depth(curve))


@check(task=4)
def report_uses_the_chosen_depth(learner):
    """report_on_test scores only the depth chosen on validation"""
    report = learner.function("report_on_test", params=["curve", "train", "test", "min_leaf"])
    train, test = generated(5, 60), generated(6, 40)
    on_test = {depth: solution.accuracy(solution.build_tree(train[0], train[1], depth, 2), test[0], test[1])
               for depth in (1, 2, 6)}
    worst_on_test = min(on_test, key=on_test.get)
    curve = [{"depth": depth, "train": 0.7 + depth / 50, "validation": 0.8 if depth == worst_on_test else 0.7}
             for depth in (1, 2, 6)]
    expected = solution.report_on_test(curve, train, test, 2)
    got = report.given(curve, train, test, 2).value
    if isinstance(got, dict) and got.get("depth") != worst_on_test:
        fail(f"The curve's best validation accuracy is at depth {worst_on_test}, and report_on_test reported depth {got.get('depth')}: "
             "choose the depth on validation (choose_depth), then look at the test rows once, for that tree only.")
    report.given(curve, train, test, 2).returns(expected, tol=1e-12)


@check(task=4, hidden=True)
def report_on_the_customers(learner):
    """report_on_test on a small split of the customers"""
    train, validation, test = customer_parts(10)
    curve = cached("churn-curve", lambda: solution.depth_curve(train[0], train[1], validation[0], validation[1],
                                                                [1, 2, 3, 4], 5))
    expected = cached("churn-report", lambda: solution.report_on_test(curve, train, test, 5))
    learner.function("report_on_test").given(curve, train, test, 5).returns(expected, tol=1e-12)
