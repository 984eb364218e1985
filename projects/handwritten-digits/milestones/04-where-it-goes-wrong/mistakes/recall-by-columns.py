# mistake: recall divides by the column sum and precision by the row sum
# expect: you divided by the wrong sums


def per_class_recall(matrix):
    """For each digit, the fraction of its images predicted right (0.0 if it has none)."""
    recalls = []
    for digit, row in enumerate(matrix):
        total = sum(r[digit] for r in matrix)
        recalls.append(row[digit] / total if total else 0.0)
    return recalls
