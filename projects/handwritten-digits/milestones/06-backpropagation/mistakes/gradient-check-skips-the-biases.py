# mistake: compares only the weights, so a wrong bias gradient goes unnoticed
# expect: Your gradient check missed a wrong bias gradient


def gradient_check(params, images, labels, grads, epsilon=1e-5):
    """The largest relative difference between grads and the numerical gradient, over the weights."""
    worst = 0.0
    for name in ("W1", "W2"):
        for row in range(len(params[name])):
            for column in range(len(params[name][row])):
                analytic = grads[name][row][column]
                numeric = numerical_gradient(params, images, labels, name, row, column, epsilon)
                worst = max(worst, abs(analytic - numeric) / max(abs(analytic) + abs(numeric), 1e-8))
    return worst
