// The customer-churn reference solutions, run in real Pyodide on the shipped data, must
// reproduce the figures recorded independently with NumPy and scikit-learn
// (projects/customer-churn/data/reference-figures.json, made by
// scripts/data/customer-churn-reference.py).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, expectClose, PROJECTS_ROOT, solutionLoader } from './support';

const PACK = path.join(PROJECTS_ROOT, 'customer-churn');
const reference = JSON.parse(readFileSync(path.join(PACK, 'data/reference-figures.json'), 'utf8'));

const MILESTONES = {
  profile: '01-profile-customers',
  trap: '02-accuracy-trap',
  tree: '03-decision-tree',
  depth: '04-depth-and-overfitting',
  roc: '05-ranking-and-roc',
  kmeans: '07-kmeans-segments',
  pca: '08-pca-by-power-iteration',
} as const;

const PROGRAM = `${solutionLoader('customer-churn', MILESTONES)}
import random

profile, trap, tree, depth, roc, kmeans, pca = (load(k) for k in
    ("profile", "trap", "tree", "depth", "roc", "kmeans", "pca"))

customers = profile["load_customers"]("data/churn.csv")
labels = trap["load_labels"]("data/churn.csv")
_, test = trap["stratified_split"](labels, 0.2, 7)
actual = [row["churn"] for row in test]
flagged = ["yes" if row["calls"] >= 4 else "no" for row in test]

X, y = tree["load_features"]("data/churn.csv", tree["FEATURES"])
full_tree = tree["build_tree"](X, y, 3, 20)
train, validation, test_part = depth["split_three"](X, y, 7)
curve = depth["depth_curve"](train[0], train[1], validation[0], validation[1], [1, 2, 3, 4, 6], 1)
ranking_tree = roc["build_tree"](train[0], train[1], 5, 20)
train_scores = [roc["predict_proba"](ranking_tree, x) for x in train[0]]

usage, _ = kmeans["load_usage"]("data/churn.csv", kmeans["USAGE"])
scaled, _, _ = kmeans["standardise"](usage[::5])
clusters = kmeans["kmeans"](scaled, 4, 7, 1000)

pca_rows, _ = pca["load_usage"]("data/churn.csv", pca["PCA_COLUMNS"])
components = pca["principal_components"](pca["standardise"](pca_rows[::5])[0], 4, 1000, 7)

figures = {
    "customers": len(customers),
    "churn_rate": profile["churn_rate"](customers),
    "by_plan": {k: v["churn_rate"] for k, v in profile["churn_rate_by"](customers, "international_plan").items()},
    "by_calls": {str(int(k)): v["churn_rate"] for k, v in
                 profile["churn_rate_by"](customers, "number_customer_service_calls").items()},
    "test_size": len(test), "test_churners": actual.count("yes"),
    "always_no": trap["classification_scores"](actual, ["no"] * len(actual)),
    "four_or_more_calls": trap["classification_scores"](actual, flagged),
    "full_tree_accuracy": sum(tree["predict"](full_tree, x) == label for x, label in zip(X, y)) / len(y),
    "split": [len(train[1]), len(validation[1]), len(test_part[1])],
    "curve": curve,
    "auc_rank": roc["auc_rank"](train[1], train_scores),
    "auc_trapezoid": roc["auc_trapezoid"](roc["roc_curve"](train[1], train_scores)),
    "start_positions": random.Random(7).sample(range(len(scaled)), 4),
    "inertia": clusters["inertia"],
    "variances": components["variances"],
    "explained": components["explained"],
}
print("FIGURES " + json.dumps(figures))
`;

type Figures = Record<string, any>;

describe('customer-churn reference solutions match independent figures', () => {
  let figures: Figures;

  beforeAll(async () => {
    figures = await computeFigures('customer-churn', PROGRAM);
  });

  it('profiles the customers as NumPy counts them', () => {
    expect(figures.customers).toBe(reference.customers);
    expectClose(figures.churn_rate, reference.churn_rate, 1e-12, 'churn rate');
    for (const [plan, rate] of Object.entries(reference.churn_rate_by_international_plan)) {
      expectClose(figures.by_plan[plan], rate as number, 1e-12, `churn rate with international plan ${plan}`);
    }
    for (const [calls, rate] of Object.entries(reference.churn_rate_by_service_calls)) {
      expectClose(figures.by_calls[calls], rate as number, 1e-12, `churn rate after ${calls} service calls`);
    }
  });

  it('scores the always-"no" baseline and a simple rule as scikit-learn does', () => {
    const theirs = reference.stratified_test;
    expect([figures.test_size, figures.test_churners]).toEqual([theirs.customers, theirs.churners]);
    expectClose(figures.always_no.accuracy, theirs.always_no_accuracy, 1e-12, 'always-no accuracy');
    expect(figures.always_no.recall).toBe(0);
    for (const key of ['accuracy', 'precision', 'recall', 'f1']) {
      expectClose(figures.four_or_more_calls[key], theirs.four_or_more_calls[key], 1e-12, `4+ calls ${key}`);
    }
  });

  it("grows the same trees as scikit-learn's DecisionTreeClassifier", () => {
    const theirs = reference.decision_tree;
    expectClose(figures.full_tree_accuracy, theirs.full_data_depth_3_min_leaf_20_training_accuracy, 1e-12, 'depth-3 accuracy');
    expect(figures.split).toEqual([theirs.split.train, theirs.split.validation, theirs.split.test]);
    expect(figures.curve).toHaveLength(theirs.depth_curve_min_leaf_1.length);
    theirs.depth_curve_min_leaf_1.forEach((point: { depth: number; train: number; validation: number }, i: number) => {
      expect(figures.curve[i].depth).toBe(point.depth);
      expectClose(figures.curve[i].train, point.train, 1e-12, `training accuracy at depth ${point.depth}`);
      expectClose(figures.curve[i].validation, point.validation, 1e-12, `validation accuracy at depth ${point.depth}`);
    });
  });

  it('computes the AUC by trapezoids and by ranks as roc_auc_score does', () => {
    const theirs = reference.roc_auc_depth_5_min_leaf_20_training_part;
    expectClose(figures.auc_rank, theirs, 1e-9, 'AUC by ranks');
    expectClose(figures.auc_trapezoid, theirs, 1e-9, 'AUC by trapezoids');
  });

  it("converges to scikit-learn's k-means inertia from the same start", () => {
    expect(figures.start_positions).toEqual(reference.kmeans.start_positions);
    expectClose(figures.inertia, reference.kmeans.inertia, 1e-9, 'inertia');
  });

  it("finds scikit-learn's principal components' variances by power iteration", () => {
    reference.pca.explained_variance.forEach((variance: number, i: number) => {
      expectClose(figures.variances[i], variance, 1e-7, `variance of component ${i + 1}`);
    });
    reference.pca.explained_variance_ratio.forEach((share: number, i: number) => {
      expectClose(figures.explained[i], share, 1e-7, `explained share of component ${i + 1}`);
    });
  });
});
