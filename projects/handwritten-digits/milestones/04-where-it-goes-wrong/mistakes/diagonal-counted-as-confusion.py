# mistake: ranks every cell, so the correct predictions on the diagonal come first
# expect: Leave out cells where actual equals predicted


def most_confused_pairs(matrix, n):
    """The n largest off-diagonal cells as (actual, predicted, count), largest count first,
    then by actual and predicted digit; cells with count 0 are left out."""
    cells = [(actual, predicted, count)
             for actual, row in enumerate(matrix)
             for predicted, count in enumerate(row)
             if count > 0]
    cells.sort(key=lambda cell: (-cell[2], cell[0], cell[1]))
    return cells[:n]
