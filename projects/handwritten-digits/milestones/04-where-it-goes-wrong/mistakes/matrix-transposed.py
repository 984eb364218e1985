# mistake: counts into matrix[predicted][actual], so the matrix comes out transposed
# expect: Rows are the actual digit, columns the predicted one


def confusion_matrix(actual, predicted, n_classes=10):
    """n_classes x n_classes counts: row = actual digit, column = predicted digit."""
    matrix = [[0] * n_classes for _ in range(n_classes)]
    for true_digit, guess in zip(actual, predicted):
        matrix[guess][true_digit] += 1
    return matrix
