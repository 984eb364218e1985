import random

from buildpath.checking import cached, check, expect, fail, solution
from checks_support import DATA_PATH, every_nth, unseen_seed

# A symmetric matrix with well-separated eigenvalues (about 6.5, 3.2 and 0.3).
MATRIX = [[4.0, 1.5, 0.5], [1.5, 3.0, 1.0], [0.5, 1.0, 3.0]]
STEPS = ("start from rng.gauss(0.0, 1.0) entries of rng = random.Random(seed), scaled to length 1; then, iterations "
         "times, multiply by the matrix and scale to length 1")


def correlated(seed, rows):
    """Rows with three columns that move together and one independent column."""
    generator = random.Random(seed)
    data = []
    for _ in range(rows):
        common, alone = generator.gauss(0, 2), generator.gauss(0, 1)
        data.append([common + generator.gauss(0, 0.3), 2 * common + generator.gauss(0, 0.3), alone,
                     -common + generator.gauss(0, 0.5) + 5.0])
    return data


def _a(noun):
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def all_lists(rows):
    return isinstance(rows, list) and all(type(row) is list for row in rows)


def same_run(got, expected, what):
    if not isinstance(got, tuple) or len(got) != 2:
        fail(f"power_iteration should return a tuple (eigenvalue, vector); it returned {got!r}.")
    eigenvalue, vector = got
    if not isinstance(vector, list):
        fail(f"{what}, power_iteration returned the vector as {_a(type(vector).__name__)}; the instructions ask for a "
             "list of floats.")
    if isinstance(vector, list) and len(vector) == len(expected[1]) and all(
            isinstance(v, float) and abs(v + e) < 1e-9 for v, e in zip(vector, expected[1])):
        fail(f"{what}, the vector points the other way: make the entry with the largest absolute value positive.")
    expect(vector, f"the vector ({what})").equals(expected[1], tol=1e-9)
    expect(eigenvalue, f"the eigenvalue ({what})").equals(expected[0], tol=1e-9)


@check(task=1)
def covariance_of_a_small_table(learner):
    """covariance_matrix centres the columns and divides by n - 1"""
    covariance = learner.function("covariance_matrix", params=["X"])
    X = [[2.0, 10.0], [4.0, 14.0], [9.0, 12.0], [5.0, 20.0]]
    not_centred = [[sum(r[a] * r[b] for r in X) / 3 for b in range(2)] for a in range(2)]
    covariance.given(X).returns(solution.covariance_matrix(X), tol=1e-9, mistakes=[
        (not_centred, "These are averages of raw products: subtract each column's mean before multiplying, "
                      "or the matrix measures the distance from zero instead of the spread.")])
    got = covariance.given([[1.0, 2.0], [3.0, 6.0], [5.0, 4.0]]).returns([[4.0, 2.0], [2.0, 4.0]], tol=1e-12).value
    if not all_lists(got):
        fail("covariance_matrix should return the matrix as a list of lists (one list per row); it returned "
             f"{type(got).__name__} of {', '.join(sorted({type(row).__name__ for row in got}))}.")


@check(task=2)
def power_iteration_step_by_step(learner):
    """power_iteration follows the recipe, step by step"""
    power = learner.function("power_iteration", params=["matrix", "iterations", "seed"])
    for steps in (0, 1, 3):
        same_run(power.given(MATRIX, steps, 4).value, solution.power_iteration(MATRIX, steps, 4),
                 f"With iterations={steps} and seed=4")
    same_run(power.given(MATRIX, 200, 4).value, solution.power_iteration(MATRIX, 200, 4), "After 200 iterations")


@check(task=2)
def power_iteration_sign_rule(learner):
    """power_iteration makes the largest entry positive"""
    power = learner.function("power_iteration")
    matrix = [[1.0, 0.0], [0.0, 5.0]]
    for seed in range(4):
        same_run(power.given(matrix, 30, seed).value, solution.power_iteration(matrix, 30, seed),
                 f"For [[1, 0], [0, 5]] with seed={seed}")


@check(task=2, hidden=True)
def power_iteration_of_a_generated_matrix(learner):
    """power_iteration on a matrix generated from a fresh seed"""
    seed = unseen_seed()
    matrix = solution.covariance_matrix(correlated(seed, 30))
    for steps in (2, 150):
        same_run(learner.function("power_iteration").given(matrix, steps, seed).value,
                 solution.power_iteration(matrix, steps, seed), f"On a generated matrix with iterations={steps}")


@check(task=3)
def components_of_correlated_columns(learner):
    """principal_components deflates and explains shares of the total variance"""
    components = learner.function("principal_components", params=["X", "k", "iterations", "seed"])
    X = correlated(5, 40)
    expected = solution.principal_components(X, 3, 120, 2)
    got = components.given(X, 3, 120, 2).value
    if isinstance(got, dict) and isinstance(got.get("components"), list) and len(got["components"]) == 3:
        first, second = got["components"][0], got["components"][1]
        if isinstance(first, list) and isinstance(second, list) and all(
                isinstance(a, float) and isinstance(b, float) and abs(a - b) < 1e-6 for a, b in zip(first, second)):
            fail("The first two components are the same: every component is the same direction. Deflate the matrix "
                 "(subtract eigenvalue * v * v^T) before looking for the next component.")
        shares = got.get("explained")
        if isinstance(shares, list) and all(isinstance(s, float) for s in shares) and abs(sum(shares) - 1) < 1e-9:
            fail("The explained shares add up to 1 over just 3 of 4 components: divide each eigenvalue by the trace "
                 "of the covariance matrix (the total variance), not by the sum of the eigenvalues you found.")
    components.given(X, 3, 120, 2).returns(expected, tol=1e-7)
    # after only 2 iterations the starting vectors still show, so the seeds of the components matter
    components.given(X, 3, 2, 2).returns(solution.principal_components(X, 3, 2, 2), tol=1e-9, mistakes=[
        (components_with_one_seed(X, 3, 2, 2), "With only 2 iterations your components are those of starting every "
                                              "power iteration from the same seed. Component i uses the seed seed + i.")])


def components_with_one_seed(X, k, iterations, seed):
    """principal_components as it comes out when every component starts from the same seed."""
    matrix = solution.covariance_matrix(X)
    total = sum(matrix[i][i] for i in range(len(matrix)))
    components, variances = [], []
    for _ in range(k):
        eigenvalue, vector = solution.power_iteration(matrix, iterations, seed)
        components.append(vector)
        variances.append(eigenvalue)
        matrix = [[m - eigenvalue * a * b for m, b in zip(row, vector)] for row, a in zip(matrix, vector)]
    return {"components": components, "variances": variances, "explained": [v / total for v in variances]}


@check(task=3, hidden=True)
def components_of_the_customers(learner):
    """principal_components on 100 standardised customers"""
    def prepare():
        X = every_nth(solution.load_usage(DATA_PATH, solution.PCA_COLUMNS)[0], 50)
        Z = solution.standardise(X)[0]
        return Z, solution.principal_components(Z, 2, 150, 7)
    Z, expected = cached("churn-pca", prepare)
    got = learner.function("principal_components").given(Z, 2, 150, 7).value
    expect(got, "the components of the customers").equals(expected, tol=1e-7)


@check(task=4)
def projections_are_centred(learner):
    """project subtracts the means, then takes dot products"""
    project = learner.function("project", params=["X", "means", "components"])
    X = [[3.0, 4.0], [1.0, 0.0]]
    means = [2.0, 2.0]
    components = [[0.6, 0.8], [-0.8, 0.6]]
    project.given(X, means, components).returns([[2.2, 0.4], [-2.2, -0.4]], tol=1e-12, mistakes=[
        ([[5.0, 0.0], [0.6, -0.8]], "Those are the coordinates of the raw rows: subtract the means before projecting.")])
    got = project.given(X, means, components).value
    if not all_lists(got):
        fail("project should return a list with one list of coordinates per row; it returned "
             f"{type(got).__name__} of {', '.join(sorted({type(row).__name__ for row in got}))}.")


@check(task=4, hidden=True)
def projections_of_generated_rows(learner):
    """project on rows generated from a fresh seed"""
    generator = random.Random(unseen_seed())
    X = [[generator.uniform(-5, 5) for _ in range(3)] for _ in range(20)]
    means = [generator.uniform(-1, 1) for _ in range(3)]
    components = [solution.unit([generator.gauss(0, 1) for _ in range(3)]) for _ in range(2)]
    learner.function("project").given(X, means, components).returns(solution.project(X, means, components), tol=1e-9)
