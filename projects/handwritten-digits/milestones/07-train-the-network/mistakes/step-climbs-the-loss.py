# mistake: adds the gradient instead of subtracting it
# expect: Subtract learning_rate * gradient


def sgd_step(params, grads, learning_rate):
    """Return new parameters: every entry minus learning_rate times its gradient."""
    updated = {}
    for name, value in params.items():
        if isinstance(value[0], list):
            updated[name] = [[w + learning_rate * g for w, g in zip(row, grad_row)]
                             for row, grad_row in zip(value, grads[name])]
        else:
            updated[name] = [w + learning_rate * g for w, g in zip(value, grads[name])]
    return updated
