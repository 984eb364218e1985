def descend_1d(df, x0, learning_rate, steps):
    """Return [x0, x1, ..., x_steps] with x_{t+1} = x_t - learning_rate * df(x_t)."""
    ...


def descend(grad, start, learning_rate, steps):
    """Return the list of points (each a list) from start, stepping against grad(point) each time."""
    ...


def loss_curve(f, points):
    """Return [f(point) for each point]."""
    ...


def fit_line(xs, ys, learning_rate, steps):
    """Fit y = w x + b by gradient descent from w = b = 0; return {"w", "b", "losses"} (steps + 1 losses)."""
    ...


def largest_stable_rate(f, df, x0, rates, steps):
    """Return the largest of the rates whose descent from x0 ends with a loss strictly below f(x0), or None."""
    ...
