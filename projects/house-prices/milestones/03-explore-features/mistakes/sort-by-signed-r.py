# mistake: sorts by r instead of |r|, so strong negative correlations end up last
# expect: sort by abs(r)


def rank_by_correlation(rows, target):
    """Return (column, r) for every numeric column except `target`, strongest |r| first."""
    targets = [row[target] for row in rows]
    numeric = [name for name in rows[0]
               if name != target and all(isinstance(row[name], float) for row in rows)]
    pairs = [(name, correlation([row[name] for row in rows], targets)) for name in numeric]
    return sorted(pairs, key=lambda pair: pair[1], reverse=True)
