import math
import random

from buildpath.checking import cached, check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import read_columns

TEST_STATISTICS = ("The test rows were standardised with their own means and stds. Use the "
                   "statistics of the training set only, for the training and the test matrix alike.")
TOLERANCE = 0.001

def ames_split():
    def load():
        rows = read_columns(solution.FEATURES + ["Sale_Price"])
        return solution.train_test_split(solution.drop_large_houses(rows, 4000), 0.2, 2011)
    return cached("ames-split-features", load)


def descend(X, y, learning_rate, epochs, factor=2.0, learn_bias=True, record_after=False):
    """Gradient descent with one known slip switched on, to recognise that slip."""
    n = len(X)
    weights, bias, losses = [0.0] * len(X[0]), 0.0, []
    for _ in range(epochs):
        errors = [sum(w * x for w, x in zip(weights, row)) + bias - t for row, t in zip(X, y)]
        if not record_after:
            losses.append(sum(e * e for e in errors) / n)
        gradient = [factor / n * sum(e * row[j] for e, row in zip(errors, X)) for j in range(len(weights))]
        weights = [w - learning_rate * g for w, g in zip(weights, gradient)]
        if learn_bias:
            bias -= learning_rate * factor / n * sum(errors)
        if record_after:
            errors = [sum(w * x for w, x in zip(weights, row)) + bias - t for row, t in zip(X, y)]
            losses.append(sum(e * e for e in errors) / n)
    return weights, bias, losses


def descent_mistakes(X, y, learning_rate, epochs):
    return [
        (descend(X, y, learning_rate, epochs, factor=1.0),
         "The gradient of the mean squared error has a factor 2: dL/dw_j = (2/n) * sum(e_i * x_ij), "
         "and the same for the bias."),
        (descend(X, y, learning_rate, epochs, learn_bias=False),
         "The bias never moved from 0: update it too, with dL/db = (2/n) * sum(e_i)."),
        (descend(X, y, learning_rate, epochs, record_after=True),
         "losses[k] should be the loss at the start of epoch k, before that epoch's update: "
         "losses[0] is the loss of the all-zero model."),
    ]


def gram_summary():
    """Sums that give the training loss of any (w, b) on the shared split without touching the rows."""
    def compute():
        train, _ = ames_split()
        matrix = solution.feature_matrix(train, solution.FEATURES)
        X = solution.standardise(matrix, *solution.column_stats(matrix))
        y = [row["Sale_Price"] for row in train]
        n, p = len(X), len(X[0])
        gram = [[sum(row[j] * row[k] for row in X) / n for k in range(p)] for j in range(p)]
        means = [sum(row[j] for row in X) / n for j in range(p)]
        cross = [sum(row[j] * t for row, t in zip(X, y)) / n for j in range(p)]
        return gram, means, cross, sum(y) / n, sum(t * t for t in y) / n
    return cached("ames-gram-summary", compute)


def loss_curve(learning_rate, epochs):
    """The losses gradient descent records on the shared training set (same maths, p x p work per epoch)."""
    gram, means, cross, mean_y, mean_square_y = gram_summary()
    p = len(means)
    weights, bias, losses = [0.0] * p, 0.0, []
    for _ in range(epochs):
        gw = [sum(gram[j][k] * weights[k] for k in range(p)) for j in range(p)]
        mw = sum(m * w for m, w in zip(means, weights))
        loss = (sum(w * g for w, g in zip(weights, gw)) + 2 * bias * mw + bias * bias
                - 2 * sum(c * w for c, w in zip(cross, weights)) - 2 * bias * mean_y + mean_square_y)
        losses.append(loss)
        if not math.isfinite(loss):
            break
        grad_w = [2 * (g + bias * m - c) for g, m, c in zip(gw, means, cross)]
        grad_b = 2 * (mw + bias - mean_y)
        weights = [w - learning_rate * g for w, g in zip(weights, grad_w)]
        bias -= learning_rate * grad_b
    return losses


@check(task=1)
def statistics_of_a_small_matrix(learner):
    """column_stats gives each column's mean and sample std"""
    stats = learner.function("column_stats", params=["matrix"])
    matrix = [[1200.0, 2.0, 1990.0], [1800.0, 3.0, 2005.0], [950.0, 1.0, 1961.0], [2100.0, 2.0, 1999.0]]
    expected = solution.column_stats(matrix)
    n = len(matrix)
    population = (expected[0], [s * math.sqrt((n - 1) / n) for s in expected[1]])
    stats.given(matrix).returns(expected, rel=1e-9, mistakes=[
        (population, "Those are population standard deviations (dividing by n): divide by n - 1, as in milestone 2."),
        ((expected[1], expected[0]), "Return (means, stds) in that order."),
    ])
    same_kinds(stats.given(matrix).value, expected, "what column_stats returned",
               "Return the tuple (means, stds) of two lists, one number per column in each.")
    stats.given(matrix).leaves_arguments_unchanged()


@check(task=2)
def standardises_a_small_matrix(learner):
    """standardise rescales every column with the given statistics"""
    standardise = learner.function("standardise", params=["matrix", "means", "stds"])
    matrix = [[1500.0, 1.0], [1000.0, 3.0], [2000.0, 2.0]]
    means, stds = [1400.0, 2.5], [500.0, 0.5]
    standardise.given(matrix, means, stds).returns(solution.standardise(matrix, means, stds), tol=1e-12, mistakes=[
        ([[(x - m) for x, m in zip(row, means)] for row in matrix], "Divide by the standard deviation after subtracting the mean."),
        ([[x / s for x, s in zip(row, stds)] for row in matrix], "Subtract the mean before dividing by the standard deviation."),
    ])
    standardise.given(matrix, means, stds).leaves_arguments_unchanged()
    same_kinds(standardise.given(matrix, means, stds).value, solution.standardise(matrix, means, stds),
               "the matrix standardise returned", "Return a list of rows, each row a list, like the matrix it was given.")


@check(task=3)
def descends_on_a_small_problem(learner):
    """gradient_descent follows the update rule"""
    descent = learner.function("gradient_descent", params=["X", "y", "learning_rate", "epochs"])
    X = [[0.5, -1.0], [1.5, 0.0], [-1.0, 1.0], [-1.0, 0.0]]
    y = [4.0, 7.0, 1.0, 2.0]
    result = descent.given(X, y, 0.1, 5).value
    if not (isinstance(result, (tuple, list)) and len(result) == 3):
        fail(f"gradient_descent should return a tuple (weights, bias, losses); it returned {result!r}.")
    expect(result[2], "the list of losses after 5 epochs").has_length(5)
    same_kinds(result, solution.gradient_descent(X, y, 0.1, 5), "what gradient_descent returned",
               "Return the tuple (weights, bias, losses): weights and losses as lists, the bias a number.")
    descent.given(X, y, 0.1, 5).returns(descend(X, y, 0.1, 5), rel=1e-9, tol=1e-12,
                                        mistakes=descent_mistakes(X, y, 0.1, 5))
    descent.given(X, y, 0.1, 5).leaves_arguments_unchanged()


@check(task=3)
def loss_goes_down(learner):
    """with a small learning rate the loss goes down every epoch"""
    descent = learner.function("gradient_descent", params=["X", "y", "learning_rate", "epochs"])
    X = [[-1.2, 0.3], [0.1, -0.8], [1.1, 0.5], [0.0, 0.0]]
    y = [10.0, 20.0, 35.0, 22.0]
    losses = descent.given(X, y, 0.05, 20).value[2]
    falling = all(later < earlier for earlier, later in zip(losses, losses[1:]))
    expect(falling, "the losses").is_true(
        f"With learning rate 0.05 the loss should fall every epoch, but it went {losses[0]:.4g}, "
        f"{losses[1]:.4g}, ... {losses[-1]:.4g}: check the sign of the update (move *against* the gradient).")


@check(task=3, hidden=True)
def descends_on_held_out_data(learner):
    """gradient_descent on a larger held-out problem"""
    generator = random.Random(11)
    X = [[generator.gauss(0, 1) for _ in range(3)] for _ in range(40)]
    y = [3.0 * a - 2.0 * b + 0.5 * c + 100.0 + generator.gauss(0, 0.5) for a, b, c in X]
    learner.function("gradient_descent").given(X, y, 0.05, 12).returns(
        descend(X, y, 0.05, 12), rel=1e-9, tol=1e-12, mistakes=descent_mistakes(X, y, 0.05, 12))


def with_test_statistics(expected, test, features):
    """The result train_and_test gives when the test rows are standardised with their own statistics."""
    matrix = solution.feature_matrix(test, features)
    predictions = solution.predict(solution.standardise(matrix, *solution.column_stats(matrix)),
                                   expected["weights"], expected["bias"])
    return {**expected, "test_rmse": solution.rmse([row["Sale_Price"] for row in test], predictions)}


@check(task=4)
def trains_and_tests_a_small_split(learner):
    """train_and_test standardises with the training statistics"""
    run = learner.function("train_and_test", params=["train", "test", "features", "learning_rate", "epochs"])
    train = [{"Area": a, "Age": g, "Sale_Price": p} for a, g, p in
             [(1200.0, 40.0, 150000.0), (1800.0, 10.0, 240000.0), (950.0, 70.0, 95000.0),
              (1500.0, 25.0, 180000.0), (2200.0, 5.0, 310000.0)]]
    test = [{"Area": a, "Age": g, "Sale_Price": p} for a, g, p in [(2600.0, 2.0, 330000.0), (2400.0, 8.0, 300000.0)]]
    expected = solution.train_and_test(train, test, ["Area", "Age"], 0.1, 30)
    result = run.given(train, test, ["Area", "Age"], 0.1, 30).value
    if not (isinstance(result, dict) and set(result) == {"weights", "bias", "losses", "test_rmse"}):
        fail(f'train_and_test should return a dict with the keys "weights", "bias", "losses" and "test_rmse"; '
             f"it returned {result!r}.")
    run.given(train, test, ["Area", "Age"], 0.1, 30).returns(expected, rel=1e-9, mistakes=[
        (with_test_statistics(expected, test, ["Area", "Age"]), TEST_STATISTICS)])


@check(task=4, hidden=True)
def trains_and_tests_the_ames_split(learner):
    """train_and_test on the Ames split"""
    features = ["Gr_Liv_Area", "Total_Bsmt_SF", "Year_Built"]
    train, test = ([{name: row[name] for name in features + ["Sale_Price"]} for row in part] for part in ames_split())
    expected = solution.train_and_test(train, test, features, 0.1, 4)
    learner.function("train_and_test").given(train, test, features, 0.1, 4).returns(expected, rel=1e-9, tol=1e-9, mistakes=[
        (with_test_statistics(expected, test, features), TEST_STATISTICS)])


@check(task=5)
def learning_rate_reaches_the_bottom(learner):
    """LEARNING_RATE and EPOCHS bring the loss to the bottom of the valley"""
    rate = learner.variable("LEARNING_RATE")
    epochs = learner.variable("EPOCHS")
    if not isinstance(rate, (int, float)) or rate <= 0:
        fail(f"LEARNING_RATE should be a positive number; it is {rate!r}.")
    if not isinstance(epochs, int) or not 1 <= epochs <= 300:
        fail(f"EPOCHS should be a whole number from 1 to 300; it is {epochs!r}.")
    losses = loss_curve(rate, epochs)
    if not math.isfinite(losses[-1]) or losses[-1] > losses[0]:
        fail(f"With LEARNING_RATE = {rate} the training loss grows (from {losses[0]:.3g} to {losses[-1]:.3g}): "
             "each step overshoots the bottom of the valley. Use a smaller learning rate.")
    best = min(loss_curve(0.1, 2000))
    gap = losses[-1] / best - 1
    if gap > TOLERANCE:
        fail(f"After {epochs} epochs with LEARNING_RATE = {rate}, the training loss is still {gap:.2%} above the "
             "lowest these features can reach; it should be within 0.1%. The steps are too small or too few: "
             "raise the learning rate (watch for the point where it blows up) or the number of epochs.")


@check(task=3, hidden=True)
def descent_drawn_at_check_time(learner):
    """column_stats, standardise and every epoch of gradient_descent on numbers drawn at check time"""
    rng = unpredictable_random()
    width = rng.randint(1, 3)
    matrix = [[rng.uniform(-3, 3) for _ in range(width)] for _ in range(rng.randint(4, 9))]
    y = [rng.uniform(-10, 10) for _ in matrix]
    means, stds = solution.column_stats(matrix)
    learner.function("column_stats").given(matrix).returns((means, stds), rel=1e-9, tol=1e-12)
    learner.function("standardise").given(matrix, means, stds).returns(
        solution.standardise(matrix, means, stds), rel=1e-9, tol=1e-12)
    epochs, rate = rng.randint(2, 6), rng.choice([0.01, 0.05, 0.1])
    learner.function("gradient_descent").given(matrix, y, rate, epochs).returns(
        solution.gradient_descent(matrix, y, rate, epochs), rel=1e-7, tol=1e-9)
