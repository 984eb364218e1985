import csv

from buildpath import show

DATA_PATH = "data/ames-sample.csv"


def read_area_and_price(path):
    """Given: living area in thousands of square feet and price in hundreds of thousands of dollars."""
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [float(r["Gr_Liv_Area"]) / 1000 for r in records], [float(r["Sale_Price"]) / 100_000 for r in records]


def derivative(f, x, h=1e-5):
    """Return the central-difference estimate of f'(x)."""
    return (f(x + h) - f(x - h)) / (2 * h)


def partial(f, point, i, h=1e-5):
    """Return the central-difference estimate of the partial derivative of f in coordinate i at point.

    f takes a list of numbers; point is left unchanged.
    """
    forward = list(point)
    backward = list(point)
    forward[i] += h
    backward[i] -= h
    return (f(forward) - f(backward)) / (2 * h)


def gradient(f, point, h=1e-5):
    """Return the list of the partial derivatives of f at point, one per coordinate."""
    return [partial(f, point, i, h) for i in range(len(point))]


def line_loss(xs, ys):
    """Given: the function of [w, b] that is the mean squared error of the line y = w x + b on the data."""
    def loss(point):
        w, b = point
        return sum((w * x + b - y) ** 2 for x, y in zip(xs, ys)) / len(xs)
    return loss


def loss_gradient(w, b, xs, ys):
    """Return [dL/dw, dL/db] of the mean squared error of y = w x + b, from the exact formulas."""
    n = len(xs)
    errors = [w * x + b - y for x, y in zip(xs, ys)]
    return [2 / n * sum(e * x for e, x in zip(errors, xs)), 2 / n * sum(errors)]


if __name__ == "__main__":
    cubic = lambda x: x ** 3 - 3 * x
    xs = [i / 20 for i in range(-50, 51)]
    show.line({"f(x) = x³ - 3x": [cubic(x) for x in xs], "f'(x) by central differences": [derivative(cubic, x) for x in xs],
               "3x² - 3 (exact)": [3 * x * x - 3 for x in xs]}, x=xs, title="A function and its derivative", x_label="x")
    areas, prices = read_area_and_price(DATA_PATH)
    print("numerical gradient at w=1, b=0:", gradient(line_loss(areas, prices), [1.0, 0.0]))
    print("exact gradient at w=1, b=0:    ", loss_gradient(1.0, 0.0, areas, prices))
