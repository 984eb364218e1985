# mistake: records the losses after each step but not the loss at the start
# expect: The list of losses has 40 items; it should have 41 items


def fit_line(xs, ys, learning_rate, steps):
    """Fit y = w x + b by gradient descent from w = b = 0; return {"w", "b", "losses"} (steps + 1 losses)."""
    path = descend(lambda p: loss_gradient(p[0], p[1], xs, ys), [0.0, 0.0], learning_rate, steps)
    w, b = path[-1]
    return {"w": w, "b": b, "losses": loss_curve(lambda p: line_loss(p[0], p[1], xs, ys), path[1:])}
