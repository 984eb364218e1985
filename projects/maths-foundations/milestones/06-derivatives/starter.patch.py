def derivative(f, x, h=1e-5):
    """Return the central-difference estimate of f'(x)."""
    ...


def partial(f, point, i, h=1e-5):
    """Return the central-difference estimate of the partial derivative of f in coordinate i at point.

    f takes a list of numbers; point is left unchanged.
    """
    ...


def gradient(f, point, h=1e-5):
    """Return the list of the partial derivatives of f at point, one per coordinate."""
    ...


def loss_gradient(w, b, xs, ys):
    """Return [dL/dw, dL/db] of the mean squared error of y = w x + b, from the exact formulas."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    cubic = lambda x: x ** 3 - 3 * x
    xs = [i / 20 for i in range(-50, 51)]
    show.line({"f(x) = x³ - 3x": [cubic(x) for x in xs], "f'(x) by central differences": [derivative(cubic, x) for x in xs],
               "3x² - 3 (exact)": [3 * x * x - 3 for x in xs]}, x=xs, title="A function and its derivative", x_label="x")
    areas, prices = read_area_and_price(DATA_PATH)
    print("numerical gradient at w=1, b=0:", gradient(line_loss(areas, prices), [1.0, 0.0]))
    print("exact gradient at w=1, b=0:    ", loss_gradient(1.0, 0.0, areas, prices))
