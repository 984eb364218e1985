// The spam-detection reference solutions, run in real Pyodide on the project's data,
// must reproduce the figures scikit-learn and NumPy recorded for the same splits
// (projects/spam-detection/data/reference-figures.json, written by
// scripts/data/spam-detection-reference.py), within the tolerances stored there.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, PROJECTS_ROOT, solutionLoader } from './support';

const PROJECT = path.join(PROJECTS_ROOT, 'spam-detection');
const reference = JSON.parse(readFileSync(path.join(PROJECT, 'data/reference-figures.json'), 'utf8')) as Figures & {
  spambase: { logistic_regression_converged: Measures };
  tolerances: { same_model: number; converged_logistic_regression: number; final_loss: number };
};
const tolerance = reference.tolerances;

const MILESTONES = {
  evaluation: '04-evaluation',
  bayes: '05-spambase-gaussian-nb',
  logistic: '06-logistic-regression',
  thresholds: '07-costs-and-thresholds',
  compare: '08-compare-models',
};

// Each solution runs in its own namespace; the figures come back as one JSON line.
const FIGURES_PROGRAM = `${solutionLoader('spam-detection', MILESTONES)}
evaluation, bayes, logistic, thresholds, compare = (load(key) for key in
    ("evaluation", "bayes", "logistic", "thresholds", "compare"))

def measures(actual, predicted, positive):
    precision, recall, _ = evaluation["precision_recall_f1"](actual, predicted, positive)
    return {"accuracy": evaluation["accuracy"](actual, predicted), "precision": precision, "recall": recall}

messages = evaluation["load_messages"]("data/messages.csv")
train = [m for i, m in enumerate(messages) if i % 5 != 0]
test = [m for i, m in enumerate(messages) if i % 5 == 0]
figures = {"messages_multinomial_nb": measures([label for label, _ in test],
                                               evaluation["train_and_predict"](train, test), "spam")}

features, labels = bayes["load_spambase"]("data/spambase.csv")
train, test = bayes["stratified_split"](labels, 0.2, 42)
test_labels = [labels[i] for i in test]
model = bayes["fit_gaussian_nb"]([features[i] for i in train], [labels[i] for i in train])
bayes_predictions = [bayes["predict_gaussian_nb"](model, features[i]) for i in test]

train_rows, test_rows = logistic["standardise_split"](features, train, test)
train_labels = [labels[i] for i in train]
weights, bias, _ = logistic["train_logistic"](train_rows, train_labels, 1.0, 50)
final_loss = logistic["log_loss"](train_labels, logistic["predict_probabilities"](weights, bias, train_rows))
logistic_predictions = [int(p >= 0.5) for p in logistic["predict_probabilities"](weights, bias, test_rows)]
only_bayes, only_logistic = compare["disagreements"](test_labels, bayes_predictions, logistic_predictions)

validation_part = thresholds["three_way_split"](labels)
fit_rows, other_rows = thresholds["standardise_split"](features, validation_part[0], validation_part[1] + validation_part[2])
w, b, _ = thresholds["train_logistic"](fit_rows, [labels[i] for i in validation_part[0]], 1.0, 50)
scores = thresholds["predict_probabilities"](w, b, other_rows)
split_at = len(validation_part[1])
chosen, test_precision, test_recall = thresholds["choose_and_report"](
    [labels[i] for i in validation_part[1]], scores[:split_at],
    [labels[i] for i in validation_part[2]], scores[split_at:], 0.95)

figures["spambase"] = {
    "rows": len(labels), "spam": sum(labels), "train_rows": len(train), "test_rows": len(test),
    "gaussian_nb": measures(test_labels, bayes_predictions, 1),
    "logistic_regression_gradient_descent": {**measures(test_labels, logistic_predictions, 1), "final_loss": final_loss},
    "mcnemar": {"only_gaussian_nb_right": only_bayes, "only_logistic_right": only_logistic,
                "statistic": compare["mcnemar_statistic"](only_bayes, only_logistic)},
    "threshold_for_precision": {"threshold": chosen, "test_precision": test_precision, "test_recall": test_recall},
}
print("FIGURES " + json.dumps(figures))
`;

interface Measures {
  accuracy: number;
  precision: number;
  recall: number;
}

interface Figures {
  messages_multinomial_nb: Measures;
  spambase: {
    rows: number;
    spam: number;
    train_rows: number;
    test_rows: number;
    gaussian_nb: Measures;
    logistic_regression_gradient_descent: Measures & { final_loss: number };
    mcnemar: { only_gaussian_nb_right: number; only_logistic_right: number; statistic: number };
    threshold_for_precision: { threshold: number; test_precision: number; test_recall: number };
  };
}

let figures: Figures;

beforeAll(async () => {
  figures = await computeFigures<Figures>('spam-detection', FIGURES_PROGRAM);
}, 240_000);

function expectMeasures(ours: Measures, theirs: Measures, within: number) {
  for (const key of ['accuracy', 'precision', 'recall'] as const) {
    expect(Math.abs(ours[key] - theirs[key]), `${key}: ours ${ours[key]}, reference ${theirs[key]}`).toBeLessThanOrEqual(within);
  }
}

describe('spam-detection reference figures', () => {
  it('naive Bayes on the messages matches scikit-learn MultinomialNB', () => {
    expectMeasures(figures.messages_multinomial_nb, reference.messages_multinomial_nb, tolerance.same_model);
  });

  it('reads Spambase and splits it into the same stratified parts', () => {
    for (const key of ['rows', 'spam', 'train_rows', 'test_rows'] as const) {
      expect(figures.spambase[key], key).toBe(reference.spambase[key]);
    }
  });

  it('Gaussian naive Bayes matches scikit-learn GaussianNB', () => {
    expectMeasures(figures.spambase.gaussian_nb, reference.spambase.gaussian_nb, tolerance.same_model);
  });

  it('logistic regression by gradient descent matches the NumPy computation', () => {
    const ours = figures.spambase.logistic_regression_gradient_descent;
    const theirs = reference.spambase.logistic_regression_gradient_descent;
    expectMeasures(ours, theirs, tolerance.same_model);
    expect(Math.abs(ours.final_loss - theirs.final_loss)).toBeLessThanOrEqual(tolerance.final_loss);
  });

  it('logistic regression by gradient descent comes close to the converged scikit-learn model', () => {
    const ours = figures.spambase.logistic_regression_gradient_descent.accuracy;
    const converged = reference.spambase.logistic_regression_converged.accuracy;
    expect(Math.abs(ours - converged)).toBeLessThanOrEqual(tolerance.converged_logistic_regression);
  });

  it('the two models disagree on the same e-mails, and McNemar agrees', () => {
    const ours = figures.spambase.mcnemar;
    const theirs = reference.spambase.mcnemar;
    const rows = Math.round(tolerance.same_model * reference.spambase.test_rows);
    expect(Math.abs(ours.only_gaussian_nb_right - theirs.only_gaussian_nb_right)).toBeLessThanOrEqual(rows);
    expect(Math.abs(ours.only_logistic_right - theirs.only_logistic_right)).toBeLessThanOrEqual(rows);
    expect(ours.statistic).toBeGreaterThan(3.841);
  });

  it('the threshold chosen on validation for precision 0.95 matches scikit-learn', () => {
    const ours = figures.spambase.threshold_for_precision;
    const theirs = reference.spambase.threshold_for_precision;
    expect(Math.abs(ours.threshold - theirs.threshold)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(ours.test_precision - theirs.test_precision)).toBeLessThanOrEqual(tolerance.same_model);
    expect(Math.abs(ours.test_recall - theirs.test_recall)).toBeLessThanOrEqual(tolerance.same_model);
  });
});
