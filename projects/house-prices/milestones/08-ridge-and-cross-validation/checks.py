import math
import random

from buildpath.checking import cached, check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import calling, read_columns

FOLD_RECIPE = ("shuffle list(range(n)) with random.Random(seed).shuffle, then take fold i as "
               "shuffled[i::k], every k-th position starting at i")


def small_ames_problem():
    """The first 100 training sales of the shared split, encoded, with log prices."""
    def build():
        rows = read_columns(solution.NUMERIC + ["Bldg_Type", "Central_Air", "Sale_Price"])
        train, _ = solution.train_test_split(solution.drop_large_houses(rows, 4000), 0.2, 2011)
        small = train[:100]
        levels = {column: solution.category_levels(small, column) for column in ("Bldg_Type", "Central_Air")}
        return solution.encode_rows(small, solution.NUMERIC, levels), [math.log(r["Sale_Price"]) for r in small]
    return cached("small-ames-problem", build)


def synthetic_problem(seed, rows, columns):
    generator = random.Random(seed)
    X = [[generator.uniform(-5, 5) * (j + 1) for j in range(columns)] for _ in range(rows)]
    y = [10.0 + sum((j - 1.5) * x for j, x in enumerate(row)) + generator.gauss(0, 2) for row in X]
    return X, y


def cross_validate_variant(X, y, alpha, k, seed, score_on_training=False):
    """cross_validate that measures on the rows it trained on, to recognise that slip."""
    scores = []
    for fold in solution.k_fold_indices(len(X), k, seed):
        kept = [i for i in range(len(X)) if i not in set(fold)]
        model = solution.ridge_fit([X[i] for i in kept], [y[i] for i in kept], alpha)
        measured = kept if score_on_training else fold
        scores.append(solution.rmse([y[i] for i in measured], solution.ridge_predict(model, [X[i] for i in measured])))
    return sum(scores) / k


@check(task=1)
def ridge_on_a_small_problem(learner):
    """ridge_fit standardises, shrinks and keeps the bias at the mean"""
    fit = learner.function("ridge_fit", params=["X", "y", "alpha"])
    X, y = synthetic_problem(3, 12, 3)
    expected = solution.ridge_fit(X, y, 5.0)
    fit.given(X, y, 5.0).satisfies(
        lambda m: isinstance(m, dict) and set(m) == {"means", "stds", "weights", "bias"},
        'a dict with the keys "means", "stds", "weights" and "bias"')
    fit.given(X, y, 5.0).returns(expected, rel=1e-7, tol=1e-9, mistakes=[
        (solution.ridge_fit(X, y, 0.0), "The weights are those of plain least squares: add alpha to the diagonal "
                                        "of Z^T Z, so larger weights cost more."),
    ])
    fit.given(X, y, 5.0).leaves_arguments_unchanged()
    same_kinds(fit.given(X, y, 5.0).value, expected, "the model ridge_fit returned",
               'Return the dict {"means": [...], "stds": [...], "weights": [...], "bias": ...} with the three lists as lists.')


@check(task=1)
def stronger_alpha_shrinks_more(learner):
    """a larger alpha gives smaller weights"""
    fit = learner.function("ridge_fit", params=["X", "y", "alpha"])
    X, y = synthetic_problem(8, 15, 2)
    weak = fit.given(X, y, 0.5).value["weights"]
    strong = fit.given(X, y, 500.0).value["weights"]
    size = lambda weights: math.sqrt(sum(w * w for w in weights))
    expect(size(strong) < size(weak), "the weights").is_true(
        f"With alpha=500 the weights have size {size(strong):.4g}, with alpha=0.5 {size(weak):.4g}: "
        "a larger alpha should shrink them. Add alpha to the diagonal of Z^T Z.")


@check(task=1)
def constant_column_is_harmless(learner):
    """ridge_fit copes with a column that has a single value"""
    fit = learner.function("ridge_fit", params=["X", "y", "alpha"])
    X = [[1.0, 0.0], [2.0, 0.0], [4.0, 0.0], [5.0, 0.0]]
    y = [3.0, 5.0, 8.0, 11.0]
    call = calling(lambda: fit.given(X, y, 1.0), "ZeroDivisionError",
                   "The second column holds 0 in every row, so its standard deviation is 0: use 1 instead, "
                   "as the instructions say.")
    call.returns(solution.ridge_fit(X, y, 1.0), rel=1e-7, tol=1e-9)


@check(task=2)
def predicts_standardised_rows(learner):
    """ridge_predict standardises new rows with the model's statistics"""
    predict = learner.function("ridge_predict", params=["model", "X"])
    model = {"means": [1500.0, 2.0], "stds": [500.0, 0.5], "weights": [0.2, -0.1], "bias": 12.0}
    X = [[2000.0, 2.5], [1000.0, 1.0]]
    raw = [12.0 + 0.2 * a - 0.1 * b for a, b in X]
    predict.given(model, X).returns(solution.ridge_predict(model, X), tol=1e-9, mistakes=[
        (raw, "The weights belong to standardised columns: turn each x into (x - mean) / std with the model's "
              "means and stds before multiplying.")])
    same_kinds(predict.given(model, X).value, solution.ridge_predict(model, X), "what ridge_predict returned",
               "Return a list with one prediction per row.")


@check(task=3)
def folds_cover_every_row_once(learner):
    """k_fold_indices splits the positions into k folds"""
    folds_of = learner.function("k_fold_indices", params=["n", "k", "seed"])
    folds = folds_of.given(23, 4, 1).value
    expect(folds, "the list of folds for n=23, k=4").has_length(4)
    flat = sorted(i for fold in folds for i in fold)
    expect(flat == list(range(23)), "the folds").is_true(
        f"For n=23 and k=4, the folds together should hold 0 to 22 once each; they hold {flat}.")
    sizes = sorted(len(fold) for fold in folds)
    expect(sizes == [5, 6, 6, 6], "the fold sizes").is_true(
        f"For n=23 and k=4 the folds should have 6, 6, 6 and 5 positions; yours have {sizes}.")


@check(task=3)
def folds_follow_the_recipe(learner):
    """k_fold_indices is reproducible and follows the recipe"""
    folds_of = learner.function("k_fold_indices", params=["n", "k", "seed"])
    first = folds_of.given(30, 5, 9).value
    again = folds_of.given(30, 5, 9).value
    expect(first == again, "the folds").is_true(
        "Two calls with seed=9 gave different folds: shuffle with random.Random(seed), not the shared random module.")
    expected = solution.k_fold_indices(30, 5, 9)
    if first != expected:
        fail(f"Given n=30, k=5, seed=9, your first fold is {first[0]}; the recipe gives another. {FOLD_RECIPE[0].upper()}"
             f"{FOLD_RECIPE[1:]}.")


@check(task=4)
def cross_validates_a_small_problem(learner):
    """cross_validate scores each fold with a model that never saw it"""
    cross = learner.function("cross_validate", params=["X", "y", "alpha", "k", "seed"])
    X, y = synthetic_problem(5, 20, 2)
    cross.given(X, y, 2.0, 4, 7).returns(solution.cross_validate(X, y, 2.0, 4, 7), rel=1e-7, mistakes=[
        (cross_validate_variant(X, y, 2.0, 4, 7, score_on_training=True),
         "The RMSE was measured on the rows the model was trained on: measure it on the held-out fold."),
    ])


@check(task=4, hidden=True)
def cross_validates_ames_sales(learner):
    """cross_validate on 100 Ames training sales"""
    X, y = small_ames_problem()
    learner.function("cross_validate").given(X, y, 10.0, 4, 2011).returns(
        solution.cross_validate(X, y, 10.0, 4, 2011), rel=1e-7, mistakes=[
            (cross_validate_variant(X, y, 10.0, 4, 2011, score_on_training=True),
             "The RMSE was measured on the training rows of each fold: measure it on the held-out fold.")])


@check(task=5)
def chooses_the_lowest_score(learner):
    """choose_alpha returns the alpha with the lowest cross-validated RMSE"""
    choose = learner.function("choose_alpha", params=["X", "y", "alphas", "k", "seed"])
    X, y = synthetic_problem(12, 16, 6)
    alphas = [0.01, 1.0, 30.0, 1000.0]
    scores = {alpha: solution.cross_validate(X, y, alpha, 4, 2) for alpha in alphas}
    best = min(alphas, key=scores.get)
    worst = max(alphas, key=scores.get)
    choose.given(X, y, alphas, 4, 2).returns(best, mistakes=[
        (worst, "That alpha has the *highest* cross-validated RMSE: pick the lowest."),
        (scores[best], "That is the best score; return the alpha that achieved it."),
    ])


@check(task=5)
def a_tie_goes_to_the_earliest_alpha(learner):
    """choose_alpha breaks a tie with the earliest alpha in the list"""
    choose = learner.function("choose_alpha", params=["X", "y", "alphas", "k", "seed"])
    X, _ = synthetic_problem(12, 16, 6)
    flat = [150000.0] * len(X)
    choose.given(X, flat, [5.0, 0.5, 50.0], 4, 2).returns(5.0, mistakes=[
        (50.0, "Every house costs 150000.0, so every alpha scores the same: on a tie return the earliest "
               "alpha in the list (keep the best only when a score is strictly lower, or use min)."),
        (0.5, "Every house costs 150000.0, so every alpha scores the same: on a tie return the earliest "
              "alpha in the list as given, without sorting the alphas."),
    ])


@check(task=5, hidden=True)
def chooses_alpha_for_ames_sales(learner):
    """choose_alpha on 100 Ames training sales"""
    X, y = small_ames_problem()
    alphas = [1000.0, 10.0]
    learner.function("choose_alpha").given(X, y, alphas, 4, 2011).returns(solution.choose_alpha(X, y, alphas, 4, 2011))


@check(task=3, hidden=True)
def folds_and_ridge_drawn_at_check_time(learner):
    """k_fold_indices, ridge_fit and cross_validate on numbers and a seed drawn at check time"""
    rng = unpredictable_random()
    n, k, seed = rng.randint(6, 20), rng.randint(2, 5), rng.randrange(10 ** 6)
    learner.function("k_fold_indices").given(n, k, seed).returns(solution.k_fold_indices(n, k, seed))
    X = [[rng.uniform(-2, 2) for _ in range(2)] for _ in range(n)]
    y = [3 * row[0] - row[1] + rng.uniform(-1, 1) for row in X]
    alpha = rng.choice([0.0, 0.1, 1.0, 10.0])
    learner.function("ridge_fit").given(X, y, alpha).returns(solution.ridge_fit(X, y, alpha), rel=1e-6, tol=1e-9)
    learner.function("cross_validate").given(X, y, alpha, k, seed).returns(
        solution.cross_validate(X, y, alpha, k, seed), rel=1e-6, tol=1e-9)
