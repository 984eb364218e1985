"""Records reference figures for the spam-detection project with scikit-learn and NumPy.

    /usr/bin/python3 scripts/data/spam-detection-reference.py

Writes projects/spam-detection/data/reference-figures.json. The data preparation (the
tokenising rules and the seeded stratified split) is what the milestones teach, so it is
taken from their solutions; every model and measure is computed by the libraries.
tests/packs/spam-detection-figures.test.ts compares the milestones' reference solutions,
run in Pyodide, with these figures.
"""
import csv
import importlib.util
import json
import pathlib
import platform

import numpy as np
import sklearn
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, precision_recall_curve, precision_score, recall_score
from sklearn.naive_bayes import GaussianNB, MultinomialNB
from sklearn.preprocessing import StandardScaler

PROJECT = pathlib.Path(__file__).resolve().parents[2] / "projects/spam-detection"
DATA = PROJECT / "data"
EPOCHS, LEARNING_RATE, PRECISION_TARGET = 50, 1.0, 0.95


def definition(milestone, name):
    """A data-preparation function as the milestones define it (models come from the libraries)."""
    path = PROJECT / "milestones" / milestone / "solution.py"
    spec = importlib.util.spec_from_file_location(f"spam_{milestone[:2]}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


tokenize = definition("01-tokenise", "tokenize")
stratified_split = definition("05-spambase-gaussian-nb", "stratified_split")


def measures(truth, predicted):
    return {"accuracy": accuracy_score(truth, predicted),
            "precision": precision_score(truth, predicted, zero_division=0),
            "recall": recall_score(truth, predicted, zero_division=0)}


def messages_naive_bayes():
    """MultinomialNB (alpha 1) on every fifth message held out, as milestones 3 and 4 do."""
    with open(DATA / "messages.csv", newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    train = [row for i, row in enumerate(rows) if i % 5 != 0]
    test = [row for i, row in enumerate(rows) if i % 5 == 0]
    vectorizer = CountVectorizer(analyzer=tokenize)
    model = MultinomialNB(alpha=1.0).fit(vectorizer.fit_transform([r["text"] for r in train]),
                                         [int(r["label"] == "spam") for r in train])
    predicted = model.predict(vectorizer.transform([r["text"] for r in test]))
    return measures([int(r["label"] == "spam") for r in test], predicted)


def gradient_descent(x, y):
    """Batch gradient descent on the log loss from zero weights (milestone 6), in NumPy."""
    weights, bias = np.zeros(x.shape[1]), 0.0
    for _ in range(EPOCHS):
        p = 1 / (1 + np.exp(-(x @ weights + bias)))
        weights -= LEARNING_RATE * x.T @ (p - y) / len(y)
        bias -= LEARNING_RATE * np.mean(p - y)
    p = np.clip(1 / (1 + np.exp(-(x @ weights + bias))), 1e-12, 1 - 1e-12)
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return weights, bias, loss


def smallest_threshold_for_precision(truth, scores, target):
    precision, _, thresholds = precision_recall_curve(truth, scores)
    return float(min(t for t, p in zip(thresholds, precision) if p >= target))


def spambase_figures():
    with open(DATA / "spambase.csv", newline="") as file:
        reader = csv.reader(file)
        next(reader)
        rows = list(reader)
    x = np.array([[float(v) for v in row[:-1]] for row in rows])
    y = np.array([int(row[-1] == "spam") for row in rows])
    train, test = stratified_split(list(y), 0.2, 42)
    figures = {"rows": len(y), "spam": int(y.sum()), "train_rows": len(train), "test_rows": len(test)}

    bayes = GaussianNB().fit(x[train], y[train]).predict(x[test])
    figures["gaussian_nb"] = measures(y[test], bayes)

    scaler = StandardScaler().fit(x[train])
    x_train, x_test = scaler.transform(x[train]), scaler.transform(x[test])
    converged = LogisticRegression(C=1e6, max_iter=20000).fit(x_train, y[train]).predict(x_test)
    figures["logistic_regression_converged"] = measures(y[test], converged)

    weights, bias, loss = gradient_descent(x_train, y[train])
    descent = (x_test @ weights + bias >= 0).astype(int)
    figures["logistic_regression_gradient_descent"] = {**measures(y[test], descent), "final_loss": loss}
    only_bayes = int(np.sum((bayes == y[test]) & (descent != y[test])))
    only_logistic = int(np.sum((descent == y[test]) & (bayes != y[test])))
    figures["mcnemar"] = {"only_gaussian_nb_right": only_bayes, "only_logistic_right": only_logistic,
                          "statistic": (abs(only_bayes - only_logistic) - 1) ** 2 / (only_bayes + only_logistic)}

    # Milestone 7: 60/20/20, weights on train, threshold on validation, figures on test.
    rest, test = stratified_split(list(y), 0.2, 42)
    inner_train, inner_validation = stratified_split([int(y[i]) for i in rest], 0.25, 43)
    train, validation = [rest[i] for i in inner_train], [rest[i] for i in inner_validation]
    scaler = StandardScaler().fit(x[train])
    weights, bias, _ = gradient_descent(scaler.transform(x[train]), y[train])
    def score(part):
        return 1 / (1 + np.exp(-(scaler.transform(x[part]) @ weights + bias)))
    threshold = smallest_threshold_for_precision(y[validation], score(validation), PRECISION_TARGET)
    figures["threshold_for_precision"] = {
        "target": PRECISION_TARGET, "threshold": threshold,
        **{f"test_{k}": v for k, v in measures(y[test], (score(test) >= threshold).astype(int)).items()
           if k != "accuracy"}}
    return figures


def main():
    figures = {
        "made_with": {"python": platform.python_version(), "numpy": np.__version__,
                      "scikit-learn": sklearn.__version__,
                      "command": "/usr/bin/python3 scripts/data/spam-detection-reference.py"},
        "tolerances": {
            "same_model": 0.0025,
            "converged_logistic_regression": 0.02,
            "final_loss": 1e-6,
        },
        "messages_multinomial_nb": messages_naive_bayes(),
        "spambase": spambase_figures(),
    }
    text = json.dumps(figures, indent=2)
    (DATA / "reference-figures.json").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
