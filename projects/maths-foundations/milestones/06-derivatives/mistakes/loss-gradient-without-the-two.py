# mistake: forgets the factor 2 from differentiating the square
# expect: has a factor 2


def loss_gradient(w, b, xs, ys):
    """Return [dL/dw, dL/db] of the mean squared error of y = w x + b, from the exact formulas."""
    n = len(xs)
    errors = [w * x + b - y for x, y in zip(xs, ys)]
    return [sum(e * x for e, x in zip(errors, xs)) / n, sum(errors) / n]
