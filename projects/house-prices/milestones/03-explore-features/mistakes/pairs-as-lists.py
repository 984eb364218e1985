# mistake: returns each (column, r) pair as a list
# expect: is a list; it should be a tuple


def rank_by_correlation(rows, target):
    targets = [row[target] for row in rows]
    numeric = [name for name in rows[0]
               if name != target and all(isinstance(row[name], float) for row in rows)]
    pairs = [[name, correlation([row[name] for row in rows], targets)] for name in numeric]
    return sorted(pairs, key=lambda pair: abs(pair[1]), reverse=True)
