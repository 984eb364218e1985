# mistake: picks the threshold on the training customers' scores
# expect: choose the threshold on the validation scores


def retention_plan(tree, train, validation, budget_share):
    """A threshold for calling round(budget_share * n) validation customers, and how well it does there."""
    X_val, y_val = validation
    train_scores = [predict_proba(tree, x) for x in train[0]]
    threshold = budget_threshold(train_scores, round(budget_share * len(train[1])))
    scores = [predict_proba(tree, x) for x in X_val]
    flagged = [label for s, label in zip(scores, y_val) if threshold is not None and s >= threshold]
    caught = sum(flagged)
    return {"threshold": threshold, "called": len(flagged),
            "precision": caught / len(flagged) if flagged else 0.0, "recall": caught / sum(y_val)}
