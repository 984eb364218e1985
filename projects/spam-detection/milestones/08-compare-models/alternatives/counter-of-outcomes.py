from collections import Counter


def disagreements(labels, predictions_a, predictions_b):
    outcomes = Counter((a == y, b == y) for y, a, b in zip(labels, predictions_a, predictions_b))
    return outcomes[True, False], outcomes[False, True]


def mcnemar_statistic(only_a_right, only_b_right):
    disagreeing = only_a_right + only_b_right
    return (abs(only_a_right - only_b_right) - 1) ** 2 / disagreeing if disagreeing else 0.0


CRITICAL_VALUE = 3.841


def clearly_different(only_a_right, only_b_right):
    return mcnemar_statistic(only_a_right, only_b_right) > CRITICAL_VALUE


def safe_divide(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def measures(labels, predicted):
    cells = Counter(zip(labels, predicted))
    tp, fp, fn = cells[1, 1], cells[0, 1], cells[1, 0]
    precision, recall = safe_divide(tp, tp + fp), safe_divide(tp, tp + fn)
    return {"accuracy": (tp + cells[0, 0]) / len(labels), "precision": precision, "recall": recall,
            "f1": safe_divide(2 * precision * recall, precision + recall)}


def comparison_rows(labels, predictions):
    return [{"model": name, **measures(labels, predicted)} for name, predicted in predictions.items()]
