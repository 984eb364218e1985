# Part: a plain wrong answer to 06-derivatives, under the attacks on that milestone
# The forward difference, a partial that moves the caller's point, the exact gradient's sign.
import csv

DATA_PATH = "data/ames-sample.csv"


def read_area_and_price(path):
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [float(r["Gr_Liv_Area"]) / 1000 for r in records], [float(r["Sale_Price"]) / 100_000 for r in records]


def derivative(f, x, h=1e-5):
    return (f(x + h) - f(x)) / h  # wrong: the forward difference


def partial(f, point, i, h=1e-5):
    moved = point  # wrong: moves the caller's point
    moved[i] += h
    return (f(moved) - f(point)) / h


def gradient(f, point, h=1e-5):
    return [partial(f, point, i, h) for i in range(len(point))]


def line_loss(xs, ys):
    def loss(point):
        w, b = point
        return sum((w * x + b - y) ** 2 for x, y in zip(xs, ys)) / len(xs)
    return loss


def loss_gradient(w, b, xs, ys):
    errors = [y - (w * x + b) for x, y in zip(xs, ys)]  # wrong: the sign, and no factor 2
    return [sum(e * x for e, x in zip(errors, xs)) / len(xs), sum(errors) / len(xs)]
