import csv

from buildpath import show

DATA_PATH = "data/ames-sample.csv"


def three_sales(path):
    """Given: the system through the first three sales, price = a + b * area + c * bedrooms.

    Returns (A, y): the rows [1, Gr_Liv_Area, Bedroom_AbvGr] and the prices.
    """
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))[:3]
    A = [[1.0, float(r["Gr_Liv_Area"]), float(r["Bedroom_AbvGr"])] for r in records]
    return A, [float(r["Sale_Price"]) for r in records]


def shape(A):
    """Return (number of rows, number of columns) as a tuple."""
    return (len(A), len(A[0]))


def transpose(A):
    """Return the transpose: row i of the result is column i of A (a list of lists)."""
    return [[row[j] for row in A] for j in range(len(A[0]))]


def mat_vec(A, x):
    """Return the vector A x: the dot product of each row of A with x."""
    return [sum(a * b for a, b in zip(row, x)) for row in A]


def mat_mul(A, B):
    """Return the matrix product A B (a list of lists)."""
    columns = transpose(B)
    return [[sum(a * b for a, b in zip(row, column)) for column in columns] for row in A]


def identity(n):
    """Return the n-by-n identity matrix."""
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def solve(A, b):
    """Solve A x = b by Gaussian elimination with partial pivoting; leave A and b unchanged."""
    n = len(A)
    rows = [list(map(float, A[i])) + [float(b[i])] for i in range(n)]
    for k in range(n):
        pivot = max(range(k, n), key=lambda i: abs(rows[i][k]))
        rows[k], rows[pivot] = rows[pivot], rows[k]
        for i in range(k + 1, n):
            factor = rows[i][k] / rows[k][k]
            for j in range(k, n + 1):
                rows[i][j] -= factor * rows[k][j]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        known = sum(rows[i][j] * x[j] for j in range(i + 1, n))
        x[i] = (rows[i][n] - known) / rows[i][i]
    return x


if __name__ == "__main__":
    A, y = three_sales(DATA_PATH)
    a, b, c = solve(A, y)
    print(f"price = {a:.0f} + {b:.2f} * area {c:+.0f} * bedrooms passes through the three sales")
    print("A x =", mat_vec(A, [a, b, c]), "and y =", y)
    # Two equations in two unknowns are two lines; the solution is where they cross.
    system, right = [[2.0, 1.0], [1.0, -1.0]], [5.0, 1.0]
    xs = [i / 10 for i in range(0, 41)]
    show.line({"2x + y = 5": [5 - 2 * x for x in xs], "x - y = 1": [x - 1 for x in xs]}, x=xs,
              title=f"Two equations cross at {solve(system, right)}", x_label="x", y_label="y")
