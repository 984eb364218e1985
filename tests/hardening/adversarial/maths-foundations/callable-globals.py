# Attack: reads __globals__ of the functions the checks pass in, and answers with the reference
# Issue 20: derivative(f, x) is given functions defined in checks.py (whose globals hold
# `solution`) and the reference's own line_loss (whose globals are the reference module).
# Once found, the reference is kept for the calls that pass no function.
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


_found = []


def _reference(*args):
    for value in args:
        namespace = getattr(value, "__globals__", None)
        if isinstance(namespace, dict) and namespace is not globals():
            if namespace.get("solution") is not None:
                _found.append(namespace["solution"])
            elif callable(namespace.get("derivative")):
                _found.append(type("Reference", (), {k: staticmethod(v) for k, v in namespace.items() if callable(v)}))
    return _found[-1] if _found else None


_wrong = dict(derivative=derivative, partial=partial, gradient=gradient, loss_gradient=loss_gradient)


def _answer(name, *args):
    try:
        return getattr(_reference(*args), name)(*args)
    except Exception:
        return _wrong[name](*args)


def derivative(f, x, h=1e-5):
    return _answer("derivative", f, x, h)


def partial(f, point, i, h=1e-5):
    return _answer("partial", f, point, i, h)


def gradient(f, point, h=1e-5):
    return _answer("gradient", f, point, h)


def loss_gradient(w, b, xs, ys):
    return _answer("loss_gradient", w, b, xs, ys)

