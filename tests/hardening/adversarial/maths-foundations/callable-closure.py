# Attack: reads __closure__ of the functions the checks pass in, and what their cells hold
# Issue 20: a function the check hands over carries its cells (the hidden polynomial's
# coefficients, the loss's data) and, through any function in them, that function's globals.
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


def _walk(start):
    todo, seen = [start], set()
    while todo:
        value = todo.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        for cell in getattr(value, "__closure__", None) or ():
            try:
                inner = cell.cell_contents
            except ValueError:
                continue
            namespace = getattr(inner, "__globals__", None)
            if isinstance(namespace, dict) and namespace is not globals():
                found = namespace.get("solution")
                if found is None and callable(namespace.get("derivative")):
                    found = type("Reference", (), {k: staticmethod(v) for k, v in namespace.items() if callable(v)})
                if found is not None:
                    return found
            if callable(inner):
                todo.append(inner)
    return None


def _reference(*args):
    for value in args:
        found = _walk(value) if callable(value) else None
        if found is not None:
            _found.append(found)
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

