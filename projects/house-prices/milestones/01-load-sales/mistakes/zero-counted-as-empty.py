# mistake: tests `not value`, so a number 0 is counted as an empty cell
# expect: is a number, not an empty cell


def count_empty(rows):
    counts = {}
    for row in rows:
        for name, value in row.items():
            if not value:
                counts[name] = counts.get(name, 0) + 1
    return counts
