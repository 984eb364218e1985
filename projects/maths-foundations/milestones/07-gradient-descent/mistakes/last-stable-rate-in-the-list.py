# mistake: returns the last stable rate of the list instead of the largest
# expect: you returned 0.25, the last stable one


def largest_stable_rate(f, df, x0, rates, steps):
    """Return the last of the rates whose descent from x0 ends with a loss strictly below f(x0), or None."""
    stable = [rate for rate in rates if f(descend_1d(df, x0, rate, steps)[-1]) < f(x0)]
    return stable[-1] if stable else None
