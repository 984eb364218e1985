# While loops and explicit coordinates; the points are rebuilt as lists at the end.
import csv


def read_area_and_price(path):
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [float(r["Gr_Liv_Area"]) / 1000 for r in records], [float(r["Sale_Price"]) / 100_000 for r in records]


def line_loss(w, b, xs, ys):
    return sum((w * x + b - y) ** 2 for x, y in zip(xs, ys)) / len(xs)


def loss_gradient(w, b, xs, ys):
    n = len(xs)
    errors = [w * x + b - y for x, y in zip(xs, ys)]
    return [2 / n * sum(e * x for e, x in zip(errors, xs)), 2 / n * sum(errors)]


def descend_1d(df, x0, learning_rate, steps):
    positions = [x0]
    x = x0
    step = 0
    while step < steps:
        x = x - learning_rate * df(x)
        positions.append(x)
        step += 1
    return positions


def descend(grad, start, learning_rate, steps):
    current = tuple(start)
    visited = [current]
    for _ in range(steps):
        slope = grad(list(current))
        current = tuple(c - learning_rate * s for c, s in zip(current, slope))
        visited.append(current)
    return [list(point) for point in visited]


def loss_curve(f, points):
    return list(map(f, points))


def fit_line(xs, ys, learning_rate, steps):
    w = b = 0.0
    losses = [line_loss(w, b, xs, ys)]
    for _ in range(steps):
        d_w, d_b = loss_gradient(w, b, xs, ys)
        w, b = w - learning_rate * d_w, b - learning_rate * d_b
        losses.append(line_loss(w, b, xs, ys))
    return {"w": w, "b": b, "losses": losses}


def largest_stable_rate(f, df, x0, rates, steps):
    best = None
    for rate in sorted(rates, reverse=True):
        if f(descend_1d(df, x0, rate, steps)[-1]) < f(x0):
            best = rate
            break
    return best
