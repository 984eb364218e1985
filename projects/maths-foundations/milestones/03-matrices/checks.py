import random

from buildpath.checking import check, expect, fail, solution, unpredictable_random
from checks_support import exact_type, explaining

HIDDEN_SEED = unpredictable_random().randrange(1, 2 ** 31)  # drawn afresh for every check job


def random_matrix(rng, rows, columns):
    return [[rng.randint(-9, 9) for _ in range(columns)] for _ in range(rows)]


def random_system(rng, n):
    """A well-conditioned system: random entries, a strong diagonal, shuffled rows (so pivoting matters)."""
    A = [[rng.uniform(-5, 5) for _ in range(n)] for _ in range(n)]
    for i in range(n):
        A[i][i] += 20 * (1 if rng.random() < 0.5 else -1)
    rng.shuffle(A)
    return A, [rng.uniform(-50, 50) for _ in range(n)]


def list_of_lists(value, what):
    exact_type(value, list, what, "Build it as a list of rows.")
    for row in value:
        exact_type(row, list, f"Each row of {what[0].lower() + what[1:]}",
                   "zip(*A) gives tuples: turn each into a list with list(...).")


@check(task=1)
def shape_of_small_matrices(learner):
    """shape gives (rows, columns) as a tuple"""
    shape = learner.function("shape", params=["A"])
    swapped = "shape gives the number of rows first, then the number of columns."
    shape.given([[1, 2, 3], [4, 5, 6]]).returns((2, 3), mistakes=[((3, 2), swapped)])
    shape.given([[7], [8], [9], [0]]).returns((4, 1), mistakes=[((1, 4), swapped)])
    exact_type(shape.given([[1, 2]]).value, tuple, "What shape returned",
               "The instructions ask for a tuple (rows, columns), as NumPy's .shape is.")


@check(task=1)
def transpose_of_small_matrices(learner):
    """transpose turns rows into columns, as a list of lists"""
    transpose = learner.function("transpose", params=["A"])
    transpose.given([[1, 2, 3], [4, 5, 6]]).returns([[1, 4], [2, 5], [3, 6]])
    transpose.given([[1, 2]]).returns([[1], [2]])
    list_of_lists(transpose.given([[1, 2], [3, 4]]).value, "What transpose returned")
    transpose.given([[1, 2], [3, 4]]).leaves_arguments_unchanged()


@check(task=2)
def products_of_small_matrices(learner):
    """mat_vec and mat_mul take dot products of rows with columns"""
    mat_vec = learner.function("mat_vec", params=["A", "x"])
    mat_mul = learner.function("mat_mul", params=["A", "B"])
    mat_vec.given([[1, 2], [3, 4], [5, 6]], [10, -1]).returns([8, 26, 44])
    exact_type(mat_vec.given([[1, 2]], [3, 4]).value, list, "What mat_vec returned", "Return the vector A x as a list.")
    elementwise = ("That multiplies matching entries. Entry (i, j) of A B is the dot product of "
                   "row i of A with column j of B.")
    mat_mul.given([[1, 2], [3, 4]], [[5, 6], [7, 8]]).returns([[19, 22], [43, 50]], mistakes=[([[5, 12], [21, 32]], elementwise)])
    mat_mul.given([[1, 2, 3]], [[1], [0], [-1]]).returns([[-2]])
    mat_mul.given([[1], [2]], [[3, 4]]).returns([[3, 4], [6, 8]])
    list_of_lists(mat_mul.given([[1, 0], [0, 1]], [[2, 3], [4, 5]]).value, "What mat_mul returned")


@check(task=2, hidden=True)
def products_of_random_matrices(learner):
    """mat_mul multiplies matrices of shapes it has not seen"""
    rng = random.Random(HIDDEN_SEED)
    mat_mul = learner.function("mat_mul")
    for rows, inner, columns in ((3, 4, 2), (1, 5, 5), (4, 1, 3), (5, 5, 5)):
        A, B = random_matrix(rng, rows, inner), random_matrix(rng, inner, columns)
        explaining("Entry (i, j) of A B is the dot product of row i of A with column j of B; the result has the rows of A and the columns of B.",
                   lambda: mat_mul.given(A, B).returns(solution.mat_mul(A, B)))


@check(task=3)
def the_identity(learner):
    """identity has 1 on the diagonal and 0 elsewhere"""
    identity = learner.function("identity", params=["n"])
    identity.given(1).returns([[1]])
    repeated = ("Every row came out the same: [[0] * n] * n repeats the same row list n times, so setting "
                "one entry sets it in every row. Build each row anew, e.g. with a list comprehension.")
    identity.given(3).returns([[1, 0, 0], [0, 1, 0], [0, 0, 1]], mistakes=[([[1, 1, 1]] * 3, repeated)])
    rows = identity.given(4).value
    list_of_lists(rows, "What identity returned")
    rows[0][1] = 99
    if rows[1][1] == 99 or rows[2][1] == 99:
        fail(repeated)


@check(task=4)
def solves_small_systems(learner):
    """solve finds x with A x = b"""
    solve = learner.function("solve", params=["A", "b"])
    solve.given([[2, 1], [1, 3]], [3, 5]).returns([0.8, 1.4], tol=1e-9)
    solve.given([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]).returns([5.0, 3.0, -2.0], tol=1e-9)
    solve.given([[2, 1], [1, 3]], [3, 5]).leaves_arguments_unchanged()
    exact_type(solve.given([[4]], [2]).value, list, "What solve returned", "Return x as a list.")


@check(task=4)
def swaps_rows_when_a_pivot_is_zero(learner):
    """solve swaps rows when a pivot is zero (partial pivoting)"""
    solve = learner.function("solve", params=["A", "b"])
    try:
        solve.given([[0, 1], [1, 1]], [2, 5]).returns([3.0, 2.0], tol=1e-9)
        solve.given([[0, 2, 1], [0, 0, 3], [4, 1, 0]], [5, 3, 6]).returns([1.0, 2.0, 1.0], tol=1e-9)
        # A tiny pivot: without choosing the largest one, rounding ruins the answer.
        solve.given([[1e-17, 1], [1, 1]], [1, 2]).returns([1.0, 1.0], tol=1e-9)
    except Exception as problem:
        if "ZeroDivisionError" in str(problem) or "returned [0.0, 1.0]" in str(problem):
            fail(f"Without pivoting, a zero (or tiny) number on the diagonal breaks elimination. Before "
                 f"eliminating column k, swap in the row (from k down) whose entry in column k is largest "
                 f"in absolute value.\n{problem}")
        raise


@check(task=4, hidden=True)
def solves_random_systems(learner):
    """solve solves systems it has not seen, and A x gives b back"""
    rng = random.Random(HIDDEN_SEED + 1)
    solve = learner.function("solve")
    for n in (2, 3, 4, 6):
        A, b = random_system(rng, n)
        x = solve.given(A, b).value
        back = solution.mat_vec(A, x) if type(x) is list and len(x) == n else None
        if back is None:
            fail(f"For a system of {n} equations, solve returned {x!r}, not a list of {n} numbers.")
        if max(abs(p - q) for p, q in zip(back, b)) > 1e-6:
            fail(f"For a system of {n} equations, A x is not b for the x returned: check the elimination "
                 "and the back substitution.")


@check(task=4, hidden=True)
def solves_the_three_sales(learner):
    """solve finds the plane through three sales"""
    A, y = solution.three_sales("data/ames-sample.csv")
    explaining("For the system through three sales (numbers in the thousands), solve did not find the solution: check the pivoting and the back substitution.",
               lambda: learner.function("solve").given(A, y).returns(solution.solve(A, y), rel=1e-7))
