from collections import Counter

from buildpath import show


def confusion_counts(actual, predicted, positive):
    cells = Counter((truth == positive, guess == positive) for truth, guess in zip(actual, predicted))
    return {"tp": cells[True, True], "fp": cells[False, True],
            "fn": cells[True, False], "tn": cells[False, False]}


def accuracy(actual, predicted):
    matches = [a == p for a, p in zip(actual, predicted)]
    return matches.count(True) / len(matches)


def precision_recall_f1(actual, predicted, positive):
    c = confusion_counts(actual, predicted, positive)
    predicted_positive = c["tp"] + c["fp"]
    actually_positive = c["tp"] + c["fn"]
    precision = c["tp"] / predicted_positive if predicted_positive > 0 else 0.0
    recall = c["tp"] / actually_positive if actually_positive > 0 else 0.0
    if precision + recall == 0:
        return precision, recall, 0.0
    return precision, recall, 1 / ((1 / precision + 1 / recall) / 2)


def baseline_accuracy(actual):
    (_, most), = Counter(actual).most_common(1)
    return most / len(actual)


def plot_confusion(counts, negative, positive):
    layout = [["tn", "fp"], ["fn", "tp"]]
    show.heatmap([[counts[key] for key in row] for row in layout],
                 row_labels=[f"actual {negative}", f"actual {positive}"],
                 column_labels=[f"predicted {negative}", f"predicted {positive}"],
                 title="Confusion matrix")
