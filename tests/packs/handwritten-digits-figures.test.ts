// The handwritten-digits reference solutions, run in real Pyodide on the shipped digits,
// must reproduce the figures recorded independently with scikit-learn on the same split
// (projects/handwritten-digits/data/reference-figures.json, made by
// scripts/data/handwritten-digits-reference.py).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, PROJECTS_ROOT, solutionLoader } from './support';

const PACK = path.join(PROJECTS_ROOT, 'handwritten-digits');
const reference = JSON.parse(readFileSync(path.join(PACK, 'data/reference-figures.json'), 'utf8'));

const MILESTONES = {
  look: '01-look-at-the-digits',
  centroid: '02-nearest-centroid',
  neighbours: '03-nearest-neighbours',
  errors: '04-where-it-goes-wrong',
  softmax: '05-softmax-regression',
  network: '07-train-the-network',
} as const;

// The settings are those the milestones' exploration code uses; the program prints the
// figures as one JSON line (training also prints its progress).
const PROGRAM = `${solutionLoader('handwritten-digits', MILESTONES)}
look, centroid, neighbours, errors, softmax, network = (load(k) for k in
    ("look", "centroid", "neighbours", "errors", "softmax", "network"))

images, labels = look["load_digits"]("data/digits.csv")
(train_x, train_y), (validation_x, validation_y), (test_x, test_y) = look["split_digits"](images, labels, 1000, 300)
centroids = centroid["class_centroids"](train_x, train_y)
centroid_predictions = [centroid["predict_nearest_centroid"](centroids, image) for image in test_x]
best_k, knn_validation = neighbours["choose_k"](train_x, train_y, validation_x, validation_y, [1, 3, 5, 7, 9])

pixels = softmax["normalise"](images)
weights, biases, _ = softmax["train_softmax"](pixels[:1000], labels[:1000], 15, 32, 0.5, 1)
softmax_predictions = [softmax["predict"](weights, biases, image) for image in pixels[1300:]]
params, _ = network["train_network"](pixels[:1000], labels[:1000], 24, 10, 16, 0.3, 0)

figures = {
    "split": [len(train_x), len(validation_x), len(test_x)],
    "class_counts": look["class_counts"](labels),
    "nearest_centroid_test_accuracy": centroid["evaluate_nearest_centroid"]("data/digits.csv"),
    "nearest_centroid_confusion_matrix": errors["confusion_matrix"](test_y, centroid_predictions),
    "knn_validation_accuracy": knn_validation,
    "softmax_test_accuracy": softmax["accuracy"](softmax_predictions, labels[1300:]),
    "network_test_accuracy": network["evaluate"](params, pixels[1300:], labels[1300:]),
}
print("FIGURES " + json.dumps(figures))
`;

type Figures = Record<string, any>;

describe('handwritten-digits reference solutions match independent figures', () => {
  let figures: Figures;

  beforeAll(async () => {
    figures = await computeFigures('handwritten-digits', PROGRAM);
  }, 300_000);

  it('reads every digit and splits them as the reference does', () => {
    expect(figures.split).toEqual([1000, 300, 497]);
    expect(figures.class_counts).toEqual(reference.class_counts);
  });

  it('classifies the test digits by nearest centroid exactly as scikit-learn does', () => {
    expect(figures.nearest_centroid_test_accuracy).toBeCloseTo(reference.nearest_centroid_test_accuracy, 12);
    expect(figures.nearest_centroid_confusion_matrix).toEqual(reference.nearest_centroid_confusion_matrix);
  });

  // The reference script also runs k-NN with the milestone's own tie rules (earlier training
  // image nearer, nearer neighbour wins a tied vote): choose_k must match it exactly.
  it('scores k-NN on the validation digits exactly as the milestone rules give', () => {
    expect(figures.knn_validation_accuracy).toEqual(reference.knn_validation_accuracy_milestone_rules);
  });

  // scikit-learn settles equal distances and tied votes by other rules (argsort and the
  // smallest label), which moves a few of the 300 verdicts: allow 3 of them (0.01).
  it('scores k-NN on the validation digits within three verdicts of scikit-learn', () => {
    for (const [k, accuracy] of Object.entries(reference.knn_validation_accuracy)) {
      const ours = figures.knn_validation_accuracy[k];
      expect(Math.abs(ours - (accuracy as number)), `k = ${k}: pack ${ours}, reference ${accuracy}`).toBeLessThanOrEqual(0.01 + 1e-12);
    }
  });

  // Softmax regression here is plain mini-batch descent for 15 epochs without weight decay;
  // scikit-learn's LogisticRegression is L2-regularised and run to convergence. Same model
  // family, so the test accuracies must agree within 0.03 (15 of 497 digits).
  it('reaches the accuracy of scikit-learn logistic regression with softmax regression', () => {
    expect(Math.abs(figures.softmax_test_accuracy - reference.logistic_regression_test_accuracy)).toBeLessThanOrEqual(0.03);
  });

  // The same network trained by scikit-learn's MLPClassifier (different initialisation and
  // shuffling) lands anywhere in a band across seeds; ours must fall within 0.02 of it.
  it('trains the network to the test accuracy scikit-learn reaches with the same network', () => {
    const seeds: number[] = reference.mlp_test_accuracy_by_seed;
    expect(figures.network_test_accuracy).toBeGreaterThanOrEqual(Math.min(...seeds) - 0.02);
    expect(figures.network_test_accuracy).toBeLessThanOrEqual(Math.max(...seeds) + 0.02);
  });
});
