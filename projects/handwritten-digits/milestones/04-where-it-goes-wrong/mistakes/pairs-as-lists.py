# mistake: returns each pair as a list [actual, predicted, count] instead of a tuple
# expect: is a list; it should be a tuple


def most_confused_pairs(matrix, n):
    cells = [[actual, predicted, count]
             for actual, row in enumerate(matrix)
             for predicted, count in enumerate(row)
             if actual != predicted and count > 0]
    cells.sort(key=lambda cell: (-cell[2], cell[0], cell[1]))
    return cells[:n]
