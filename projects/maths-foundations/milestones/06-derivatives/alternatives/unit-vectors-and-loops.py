# Partial derivatives along unit vectors built with the vector helpers of milestone 2; loops for the loss.
import csv


def read_area_and_price(path):
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [float(r["Gr_Liv_Area"]) / 1000 for r in records], [float(r["Sale_Price"]) / 100_000 for r in records]


def add(u, v):
    return [a + b for a, b in zip(u, v)]


def scale(c, v):
    return [c * a for a in v]


def unit(n, i):
    return [1.0 if j == i else 0.0 for j in range(n)]


def derivative(f, x, h=1e-5):
    above, below = f(x + h), f(x - h)
    return (above - below) / (h + h)


def partial(f, point, i, h=1e-5):
    step = scale(h, unit(len(point), i))
    return (f(add(point, step)) - f(add(point, scale(-1, step)))) / (2 * h)


def gradient(f, point, h=1e-5):
    result = []
    for i in range(len(point)):
        result.append(partial(f, point, i, h))
    return result


def line_loss(xs, ys):
    def loss(point):
        w, b = point
        return sum((w * x + b - y) ** 2 for x, y in zip(xs, ys)) / len(xs)
    return loss


def loss_gradient(w, b, xs, ys):
    d_w = d_b = 0.0
    for x, y in zip(xs, ys):
        error = w * x + b - y
        d_w += 2 * error * x
        d_b += 2 * error
    return [d_w / len(xs), d_b / len(xs)]
