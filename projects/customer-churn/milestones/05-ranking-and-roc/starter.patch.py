def predict_proba(tree, x):
    """The churn share of the training customers in the leaf that x reaches."""
    ...


def roc_curve(actual, scores):
    """ROC points (fpr, tpr) from (0.0, 0.0), one per distinct score, from the highest score down."""
    ...


def auc_trapezoid(points):
    """The area under a polyline of (fpr, tpr) points, by trapezoids."""
    ...


def auc_rank(actual, scores):
    """The share of (churner, stayer) pairs the scores order correctly, a tie counting one half."""
    ...


def budget_threshold(scores, budget):
    """The lowest score t for which at most budget customers score t or more; None if no score fits."""
    ...


def retention_plan(tree, train, validation, budget_share):
    """A threshold for calling round(budget_share * n) validation customers, and how well it does there."""
    ...
