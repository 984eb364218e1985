// The house-prices reference solutions, run in real Pyodide on the shipped data, must
// reproduce the figures recorded independently with NumPy, SciPy and scikit-learn
// (projects/house-prices/data/reference-figures.json, made by
// scripts/data/house-prices-reference.py).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, expectClose, PROJECTS_ROOT, solutionLoader } from './support';

const PACK = path.join(PROJECTS_ROOT, 'house-prices');
const reference = JSON.parse(readFileSync(path.join(PACK, 'data/reference-figures.json'), 'utf8'));

const MILESTONES = {
  describe: '02-describe-prices',
  explore: '03-explore-features',
  baseline: '04-baseline',
  line: '05-simple-regression',
  descent: '06-gradient-descent',
  categories: '07-categories-and-log-price',
  ridge: '08-ridge-and-cross-validation',
} as const;

// The figures program prints them as one JSON line; solutions' exploration code (and
// plots) do not run.
const PROGRAM = `${solutionLoader('house-prices', MILESTONES)}
import math

describe, explore, baseline, line, descent, categories, ridge = (load(k) for k in
    ("describe", "explore", "baseline", "line", "descent", "categories", "ridge"))

prices = describe["load_prices"]("data/ames.csv")
rows = explore["load_rows"]("data/ames.csv")
kept = explore["drop_large_houses"](rows, 4000)
train, test = baseline["train_test_split"](kept, 0.2, 2011)
column = lambda part, name: [row[name] for row in part]
fitted = descent["train_and_test"](train, test, descent["FEATURES"], descent["LEARNING_RATE"], descent["EPOCHS"])

small = train[:ridge["SMALL_TRAINING_SET"]]
levels = {c: ridge["category_levels"](small, c) for c in ridge["CATEGORICAL"]}
ridge_X = ridge["encode_rows"](small, ridge["NUMERIC"], levels)
ridge_y = [math.log(row["Sale_Price"]) for row in small]
chosen = ridge["choose_alpha"](ridge_X, ridge_y, ridge["ALPHAS"], ridge["FOLDS"], 2011)
ridge_model = ridge["ridge_fit"](ridge_X, ridge_y, chosen)
ridge_test = [math.exp(p) for p in ridge["ridge_predict"](ridge_model, ridge["encode_rows"](test, ridge["NUMERIC"], levels))]

figures = {
    "prices": describe["describe"](prices),
    "log_prices": describe["describe"]([math.log(p) for p in prices]),
    "correlation_area_price": explore["correlation"](column(rows, "Gr_Liv_Area"), column(rows, "Sale_Price")),
    "sales_over_4000_sq_ft": len(rows) - len(kept),
    "correlation_area_price_without_them": explore["correlation"](column(kept, "Gr_Liv_Area"), column(kept, "Sale_Price")),
    "split": {"train": len(train), "test": len(test)},
    "baseline": baseline["baseline_scores"](train, test),
    "simple_regression_gr_liv_area": line["evaluate_feature"](train, test, "Gr_Liv_Area"),
    "multiple_regression": {"standardised_weights": fitted["weights"], "bias": fitted["bias"],
                            "last_train_mse": fitted["losses"][-1], "test_rmse": fitted["test_rmse"]},
    "log_price_model": categories["log_price_model"](train, test, categories["NUMERIC"], categories["CATEGORICAL"]),
    "log_price_model_numeric_only": categories["log_price_model"](train, test, categories["NUMERIC"], []),
    "ridge": {
        "cv_rmse_log_price": {str(a): ridge["cross_validate"](ridge_X, ridge_y, a, ridge["FOLDS"], 2011) for a in ridge["ALPHAS"]},
        "chosen_alpha": chosen, "weights": ridge_model["weights"], "bias": ridge_model["bias"],
        "test_rmse": ridge["rmse"]([row["Sale_Price"] for row in test], ridge_test)},
}
print("FIGURES " + json.dumps(figures))
`;

type Figures = Record<string, any>;

describe('house-prices reference solutions match independent figures', () => {
  let figures: Figures;

  beforeAll(async () => {
    figures = await computeFigures('house-prices', PROGRAM);
  });

  it('describes the prices and their logarithms as NumPy and SciPy do', () => {
    for (const key of ['prices', 'log_prices'] as const) {
      for (const stat of ['mean', 'median', 'std', 'skewness']) {
        expectClose(figures[key][stat], reference[key][stat], 1e-9, `${key} ${stat}`);
      }
    }
    expect(figures.prices.count).toBe(reference.sales);
  });

  it("finds the area-price correlation and De Cock's five large sales", () => {
    expectClose(figures.correlation_area_price, reference.correlation_area_price, 1e-9, 'r');
    expect(figures.sales_over_4000_sq_ft).toBe(reference.sales_over_4000_sq_ft);
    expectClose(
      figures.correlation_area_price_without_them,
      reference.correlation_area_price_without_them,
      1e-9,
      'r without the large sales',
    );
  });

  it('splits the same houses and scores the baseline alike', () => {
    expect(figures.split).toEqual({ train: reference.split.train, test: reference.split.test });
    for (const key of ['prediction', 'mae', 'rmse']) {
      expectClose(figures.baseline[key], reference.baseline[key], 1e-9, `baseline ${key}`);
    }
  });

  it('fits the same least-squares line as scikit-learn', () => {
    for (const key of ['slope', 'intercept', 'mae', 'rmse']) {
      expectClose(
        figures.simple_regression_gr_liv_area[key],
        reference.simple_regression_gr_liv_area[key],
        1e-8,
        `line ${key}`,
      );
    }
  });

  it('converges by gradient descent to the least-squares solution', () => {
    const ours = figures.multiple_regression;
    const theirs = reference.multiple_regression;
    // Gradient descent stops after EPOCHS epochs, so small weights are still moving:
    // compare each weight with the size of the whole weight vector.
    const size = Math.hypot(...theirs.standardised_weights);
    theirs.standardised_weights.forEach((weight: number, index: number) => {
      const gap = Math.abs(ours.standardised_weights[index] - weight);
      expect(gap, `weight of ${theirs.features[index]}: pack ${ours.standardised_weights[index]}, reference ${weight}`)
        .toBeLessThanOrEqual(1e-3 * size);
    });
    expectClose(ours.bias, theirs.bias, 1e-6, 'bias');
    expectClose(ours.last_train_mse, theirs.best_train_mse, 1e-6, 'training MSE');
    expectClose(ours.test_rmse, theirs.test_rmse, 1e-4, 'test RMSE');
  });

  it('scores the one-hot log-price model as scikit-learn does', () => {
    const theirs = reference.log_price_model;
    expectClose(figures.log_price_model.r2, theirs.r2, 1e-7, 'R²');
    expectClose(figures.log_price_model.rmse, theirs.rmse, 1e-7, 'RMSE');
    expectClose(figures.log_price_model_numeric_only.r2, theirs.numeric_only_r2, 1e-7, 'R² without categories');
    expectClose(figures.log_price_model_numeric_only.rmse, theirs.numeric_only_rmse, 1e-7, 'RMSE without categories');
  });

  it('cross-validates and fits ridge as scikit-learn does on the same folds', () => {
    const ours = figures.ridge;
    const theirs = reference.ridge_small_training_set;
    for (const [alpha, score] of Object.entries(theirs.cv_rmse_log_price)) {
      expectClose(ours.cv_rmse_log_price[alpha], score as number, 1e-7, `CV RMSE at alpha ${alpha}`);
    }
    expect(ours.chosen_alpha).toBe(theirs.chosen_alpha);
    theirs.weights.forEach((weight: number, index: number) => {
      expect(Math.abs(ours.weights[index] - weight), `ridge weight ${index}`).toBeLessThanOrEqual(1e-7);
    });
    expectClose(ours.bias, theirs.bias, 1e-9, 'ridge bias');
    expectClose(ours.test_rmse, theirs.test_rmse, 1e-7, 'ridge test RMSE');
  });
});
