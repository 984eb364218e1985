# mistake: decides which columns are numeric from the first row alone
# expect: a column is numeric only when its value is a float in every row


def rank_by_correlation(rows, target):
    targets = [row[target] for row in rows]
    numeric = [name for name in rows[0] if name != target and isinstance(rows[0][name], float)]
    pairs = [(name, correlation([row[name] for row in rows], targets)) for name in numeric]
    return sorted(pairs, key=lambda pair: abs(pair[1]), reverse=True)
