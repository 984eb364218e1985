def shape(A):
    """Return (number of rows, number of columns) as a tuple."""
    ...


def transpose(A):
    """Return the transpose: row i of the result is column i of A (a list of lists)."""
    ...


def mat_vec(A, x):
    """Return the vector A x: the dot product of each row of A with x."""
    ...


def mat_mul(A, B):
    """Return the matrix product A B (a list of lists)."""
    ...


def identity(n):
    """Return the n-by-n identity matrix."""
    ...


def solve(A, b):
    """Solve A x = b by Gaussian elimination with partial pivoting; leave A and b unchanged."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    A, y = three_sales(DATA_PATH)
    a, b, c = solve(A, y)
    print(f"price = {a:.0f} + {b:.2f} * area {c:+.0f} * bedrooms passes through the three sales")
    print("A x =", mat_vec(A, [a, b, c]), "and y =", y)
    # Two equations in two unknowns are two lines; the solution is where they cross.
    system, right = [[2.0, 1.0], [1.0, -1.0]], [5.0, 1.0]
    xs = [i / 10 for i in range(0, 41)]
    show.line({"2x + y = 5": [5 - 2 * x for x in xs], "x - y = 1": [x - 1 for x in xs]}, x=xs,
              title=f"Two equations cross at {solve(system, right)}", x_label="x", y_label="y")
