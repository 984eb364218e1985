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


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    areas, prices = read_area_and_price(DATA_PATH)
    curves = {}
    for rate in (0.01, 0.05, 0.2):
        fitted = fit_line(areas, prices, rate, 60)
        curves[f"learning rate {rate}"] = fitted["losses"]
        print(f"rate {rate}: w = {fitted['w']:.3f}, b = {fitted['b']:.3f}, final loss {fitted['losses'][-1]:.4f}")
    show.line(curves, title="Loss curves of gradient descent on the sales", x_label="step", y_label="mean squared error")
    too_large = fit_line(areas, prices, 0.3, 25)["losses"]
    show.line({"learning rate 0.3": too_large}, title="Too large a learning rate: the loss grows", x_label="step",
              y_label="mean squared error")
    bowl = lambda x: (x - 3) ** 2
    print("largest stable rate on (x - 3)**2:", largest_stable_rate(bowl, lambda x: 2 * (x - 3), 0.0, [0.1, 0.5, 0.9, 1.0, 1.1], 20))
