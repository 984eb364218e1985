import random

from buildpath.checking import cached, check, expect, fail, solution
from checks_support import DATA_PATH, every_nth, unseen_seed

RECIPE = ("start from copies of the points at rng.sample(range(len(points)), k) with rng = random.Random(seed); "
          "then update every centroid to the mean of its points, count the iteration, and assign again")
# Four clear groups on two columns: (0, 0), (10, 0), (0, 10), (10, 10), jittered.
BLOBS = [[cx + dx, cy + dy] for cx, cy in ((0, 0), (10, 0), (0, 10), (10, 10))
         for dx, dy in ((0.5, 0.2), (-0.4, 0.6), (0.1, -0.7), (-0.3, -0.2), (0.6, 0.4))]


def generated(seed, rows, columns):
    generator = random.Random(seed)
    return [[generator.gauss(0, 1) * (1 + 20 * (j == 0)) for j in range(columns)] for _ in range(rows)]


def customers():
    """The usage columns of every 50th customer (100 rows)."""
    return cached("churn-usage-sample", lambda: every_nth(solution.load_usage(DATA_PATH, solution.USAGE)[0], 50))


def compare_runs(got, expected, what):
    if not isinstance(got, dict) or set(got) != {"centroids", "labels", "inertia", "iterations"}:
        fail(f"kmeans should return a dict with centroids, labels, inertia and iterations; it returned {got!r}.")
    if got["labels"] != expected["labels"] or got["iterations"] != expected["iterations"]:
        fail(f"{what}, kmeans gave other labels or another number of iterations than the recipe: {RECIPE}.")
    expect(got["centroids"], f"the centroids ({what})").equals(expected["centroids"], tol=1e-9)
    expect(got["inertia"], f"the inertia ({what})").equals(expected["inertia"], rel=1e-9)


@check(task=1)
def standardised_columns(learner):
    """standardise centres each column and divides by its population std"""
    standardise = learner.function("standardise", params=["X"])
    X = [[1.0, 10.0, 4.0], [2.0, 30.0, 4.0], [6.0, 20.0, 4.0], [3.0, 40.0, 4.0]]
    expected = solution.standardise(X)
    got = standardise.given(X).value
    sample_std = expected[2][0] * (4 / 3) ** 0.5
    if (isinstance(got, (tuple, list)) and len(got) == 3 and isinstance(got[2], list) and got[2]
            and isinstance(got[2][0], float) and abs(got[2][0] - sample_std) < 1e-9):
        fail("The columns were divided by the sample standard deviation (n - 1): use the population standard "
             "deviation, dividing by n.")
    standardise.given(X).returns(expected, tol=1e-9)
    standardise.given(X).leaves_arguments_unchanged()
    if not isinstance(got, tuple) or len(got) != 3 or not all(isinstance(part, list) for part in got):
        fail(f"standardise should return a tuple (Z, means, stds) of three lists; it returned {type(got).__name__}.")
    if type(got[2][2]) is not float:
        fail(f"The third column is constant, and standardise gave it the standard deviation {got[2][2]!r}; the "
             "instructions use 1.0 there (a float, like every other standard deviation).")


@check(task=2)
def nearest_with_a_tie(learner):
    """nearest picks the closest centroid, the lowest index on a tie"""
    nearest = learner.function("nearest", params=["point", "centroids"])
    centroids = [[0.0, 0.0], [4.0, 0.0], [0.0, 3.0]]
    nearest.given([3.0, 0.5], centroids).returns(1)
    nearest.given([2.0, 0.0], [[0.0, 0.0], [4.0, 0.0]]).returns(0, mistakes=[
        (1, "The point is as far from both centroids: On a tie, take the lowest index.")])
    nearest.given([1.0, 1.0], [[5.0, 5.0], [2.0, 2.0], [0.0, 0.0]]).returns(1, mistakes=[
        (2, "The point is as far from centroids 1 and 2: On a tie, take the lowest index.")])


@check(task=3)
def kmeans_finds_four_blobs(learner):
    """kmeans follows the recipe, step by step"""
    run = learner.function("kmeans", params=["points", "k", "seed", "max_iterations"])
    first = run.given(BLOBS, 4, 3, 1).value
    reference = solution.kmeans(BLOBS, 4, 3, 1)
    start = [list(BLOBS[i]) for i in random.Random(3).sample(range(len(BLOBS)), 4)]
    if isinstance(first, dict) and first.get("centroids") == start:
        fail("After one iteration the centroids are still the starting points: the centroids never moved. Update "
             "each centroid to the mean of the points assigned to it.")
    compare_runs(first, reference, "With max_iterations=1")
    compare_runs(run.given(BLOBS, 4, 3, 2).value, solution.kmeans(BLOBS, 4, 3, 2), "With max_iterations=2")
    converged = run.given(BLOBS, 4, 3, 50).value
    compare_runs(converged, solution.kmeans(BLOBS, 4, 3, 50), "Run to convergence")
    if not isinstance(converged["centroids"], list) or not all(type(c) is list for c in converged["centroids"]):
        fail("kmeans returned its centroids as " + ", ".join(sorted({type(c).__name__ for c in converged["centroids"]}))
             + "; the instructions ask for a list of centroids, each a list of coordinates (list(points[i]) copies one).")


@check(task=3)
def an_empty_segment_keeps_its_centroid(learner):
    """kmeans leaves a centroid with no points where it is"""
    run = learner.function("kmeans")
    points = [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [10.0, 10.0], [0.0, 0.0]]
    for seed in range(4):
        compare_runs(run.given(points, 2, seed, 5).value, solution.kmeans(points, 2, seed, 5),
                     f"With four equal points, k=2 and seed={seed} (a centroid can be left with no points)")


@check(task=3, hidden=True)
def kmeans_of_generated_points(learner):
    """kmeans on points generated from a fresh seed"""
    seed = unseen_seed()
    points = generated(seed, 40, 3)
    run = learner.function("kmeans")
    for steps in (1, 3, 30):
        compare_runs(run.given(points, 3, seed, steps).value, solution.kmeans(points, 3, seed, steps),
                     f"On generated points with max_iterations={steps}")


@check(task=4)
def elbow_of_the_blobs(learner):
    """elbow gives the inertia for each k"""
    elbow = learner.function("elbow", params=["points", "ks", "seed", "max_iterations"])
    elbow.given(BLOBS, [1, 2, 4, 6], 5, 30).returns(solution.elbow(BLOBS, [1, 2, 4, 6], 5, 30), rel=1e-9)


@check(task=5)
def segments_of_scaled_columns(learner):
    """segment_customers standardises before k-means and describes the raw columns"""
    segment = learner.function("segment_customers", params=["X", "k", "seed", "max_iterations"])
    X = [[row[0] * 100.0, row[1]] for row in BLOBS]
    expected = solution.segment_customers(X, 4, 3, 30)
    raw = solution.kmeans(X, 4, 3, 30)
    got = segment.given(X, 4, 3, 30).value
    if isinstance(got, dict) and got.get("labels") == raw["labels"] and raw["labels"] != expected["labels"]:
        fail("These segments come from the raw columns, where the first column (in hundreds) outweighs the second: "
             "standardise the columns before k-means.")
    segment.given(X, 4, 3, 30).returns(expected, tol=1e-9)
    duplicates = [[0.0, 5.0], [0.0, 5.0], [0.0, 5.0], [10.0, 7.0], [0.0, 5.0]]
    got = segment.given(duplicates, 3, 0, 5).value
    profiles = got.get("profiles") if isinstance(got, dict) else None
    if isinstance(profiles, list) and len(profiles) == 3 and isinstance(profiles[2], dict) and profiles[2].get("means") is not None:
        fail("Given five customers, four of them alike, and k=3, segment 2 is left with no customers, and "
             f"segment_customers gave it the means {profiles[2].get('means')!r}. An empty segment has no mean: "
             "the instructions ask for \"means\": None there.")
    segment.given(duplicates, 3, 0, 5).returns(solution.segment_customers(duplicates, 3, 0, 5), tol=1e-9)


@check(task=5, hidden=True)
def segments_of_the_customers(learner):
    """segment_customers on 100 customers"""
    X = customers()
    expected = cached("churn-segments", lambda: solution.segment_customers(X, 3, 7, 15))
    got = learner.function("segment_customers").given(X, 3, 7, 15).value
    raw = cached("churn-raw-segments", lambda: solution.kmeans(X, 3, 7, 15)["labels"])
    if isinstance(got, dict) and got.get("labels") == raw:
        fail("On the customers, these segments come from the raw columns: standardise the columns before k-means.")
    expect(got, "the segments of the customers").equals(expected, tol=1e-9)
