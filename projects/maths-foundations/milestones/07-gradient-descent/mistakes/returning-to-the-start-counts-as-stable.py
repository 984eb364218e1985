# mistake: counts a rate as stable when the loss ends equal to where it began
# expect: that is not stable


def largest_stable_rate(f, df, x0, rates, steps):
    """Return the largest of the rates whose descent from x0 ends with a loss strictly below f(x0), or None."""
    stable = [rate for rate in rates if f(descend_1d(df, x0, rate, steps)[-1]) <= f(x0)]
    return max(stable) if stable else None
