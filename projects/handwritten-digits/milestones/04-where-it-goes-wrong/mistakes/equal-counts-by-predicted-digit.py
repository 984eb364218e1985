# mistake: orders equal counts by the predicted digit first
# expect: Equal counts go in order of the actual digit first


def most_confused_pairs(matrix, n):
    cells = [(actual, predicted, count)
             for actual, row in enumerate(matrix)
             for predicted, count in enumerate(row)
             if actual != predicted and count > 0]
    cells.sort(key=lambda cell: (-cell[2], cell[1], cell[0]))
    return cells[:n]
