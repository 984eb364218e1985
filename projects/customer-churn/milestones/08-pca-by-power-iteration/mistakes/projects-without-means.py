# mistake: projects the rows without subtracting the means first
# expect: subtract the means before projecting


def project(X, means, components):
    """Each row's coordinates along the components, after subtracting the column means."""
    return [[sum(v * c for v, c in zip(row, component)) for component in components] for row in X]
