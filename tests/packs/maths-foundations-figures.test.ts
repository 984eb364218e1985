// The maths-foundations reference solutions, run in real Pyodide on the shipped data, must
// reproduce the figures recorded independently with NumPy and SciPy
// (projects/maths-foundations/data/reference-figures.json, made by
// scripts/data/maths-foundations-reference.py).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, expectClose, PROJECTS_ROOT, solutionLoader } from './support';

const PACK = path.join(PROJECTS_ROOT, 'maths-foundations');
const reference = JSON.parse(readFileSync(path.join(PACK, 'data/reference-figures.json'), 'utf8'));

const MILESTONES = {
  python: '01-python-for-data',
  vectors: '02-vectors',
  matrices: '03-matrices',
  statistics: '04-statistics-and-bayes',
  simulation: '05-simulation',
  derivatives: '06-derivatives',
  descent: '07-gradient-descent',
} as const;

const PROGRAM = `${solutionLoader('maths-foundations', MILESTONES)}
import math

python, vectors, matrices, statistics, simulation, derivatives, descent = (load(k) for k in
    ("python", "vectors", "matrices", "statistics", "simulation", "derivatives", "descent"))

sales = python["read_sales"]("data/ames-sample.csv")
counts = python["count_by"](sales, "Neighborhood")
emails, labels = vectors["read_emails"]("data/spam-words.csv")
similarities = [vectors["cosine_similarity"](emails[0], other) for other in emails[1:]]
A, y = matrices["three_sales"]("data/ames-sample.csv")
prices = statistics["read_prices"]("data/ames-sample.csv")
rows = statistics["read_emails"]("data/spam-words.csv")
means = simulation["sample_means"](prices, 30, 2000, 2026)
centre = sum(means) / len(means)
areas, scaled = derivatives["read_area_and_price"]("data/ames-sample.csv")
fitted = descent["fit_line"](areas, scaled, 0.2, 4000)
f = lambda w: descent["line_loss"](w, 0.0, areas, scaled)
df = lambda w: descent["loss_gradient"](w, 0.0, areas, scaled)[0]
rates = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]

figures = {
    "sales": len(sales),
    "emails": len(emails),
    "most_common_neighbourhood": python["most_common"](counts),
    "most_common_count": counts[python["most_common"](counts)],
    "mean_price_by_full_bath": {str(k): v for k, v in python["mean_price_by"](sales, "Full_Bath").items()},
    "cosine_email_0": {"to_1": similarities[0], "most_similar_other": vectors["most_similar"](emails[0], emails[1:]) + 1},
    "norm_email_0": vectors["norm"](emails[0]),
    "plane_through_three_sales": matrices["solve"](A, y),
    "price_variance": {"population": statistics["population_variance"](prices), "sample": statistics["sample_variance"](prices)},
    "price_std": {"population": statistics["standard_deviation"](prices, False), "sample": statistics["standard_deviation"](prices, True)},
    "p_spam": statistics["p_label"](statistics["contingency_table"](rows, "free"), "spam"),
    "p_spam_given_word": {w: statistics["p_spam_given_word"](statistics["contingency_table"](rows, w)) for w in statistics["WORDS"]},
    "spread_of_means_of_30": math.sqrt(sum((m - centre) ** 2 for m in means) / len(means)),
    "price_histogram_10_bins": simulation["histogram_counts"](prices, 10, min(prices), max(prices)),
    "loss_gradient_at_w1_b0": derivatives["loss_gradient"](1.0, 0.0, areas, scaled),
    "numerical_gradient_at_w1_b0": derivatives["gradient"](derivatives["line_loss"](areas, scaled), [1.0, 0.0]),
    "descended_line": {"w": fitted["w"], "b": fitted["b"], "loss": fitted["losses"][-1]},
    "largest_stable_rate_w_only": descent["largest_stable_rate"](f, df, 0.0, rates, 40),
    "rates": rates,
}
print("FIGURES " + json.dumps(figures))
`;

type Figures = Record<string, any>;

describe('maths-foundations reference solutions match independent figures', () => {
  let figures: Figures;

  beforeAll(async () => {
    figures = await computeFigures('maths-foundations', PROGRAM);
  });

  it('reads the same tables and groups the sales as NumPy does', () => {
    expect(figures.sales).toBe(reference.sales);
    expect(figures.emails).toBe(reference.emails);
    expect(figures.most_common_neighbourhood).toBe(reference.most_common_neighbourhood);
    expect(figures.most_common_count).toBe(reference.most_common_count);
    expect(Object.keys(figures.mean_price_by_full_bath).sort()).toEqual(Object.keys(reference.mean_price_by_full_bath).sort());
    for (const [baths, mean] of Object.entries(reference.mean_price_by_full_bath)) {
      expectClose(figures.mean_price_by_full_bath[baths], mean as number, 1e-12, `mean price with ${baths} full baths`);
    }
  });

  it('measures the e-mail vectors and finds the same most similar e-mail', () => {
    expectClose(figures.norm_email_0, reference.norm_email_0, 1e-12, 'norm of e-mail 0');
    expectClose(figures.cosine_email_0.to_1, reference.cosine_email_0.to_1, 1e-12, 'cosine of e-mails 0 and 1');
    expect(figures.cosine_email_0.most_similar_other).toBe(reference.cosine_email_0.most_similar_other);
  });

  it('solves the three-sales system as SciPy does', () => {
    reference.plane_through_three_sales.forEach((value: number, index: number) => {
      expectClose(figures.plane_through_three_sales[index], value, 1e-9, `coefficient ${index}`);
    });
  });

  it('gives the population and sample variance and Bayes posteriors NumPy counts', () => {
    for (const kind of ['population', 'sample']) {
      expectClose(figures.price_variance[kind], reference.price_variance[kind], 1e-12, `${kind} variance`);
      expectClose(figures.price_std[kind], reference.price_std[kind], 1e-12, `${kind} standard deviation`);
    }
    expectClose(figures.p_spam, reference.p_spam, 1e-12, 'P(spam)');
    for (const [word, posterior] of Object.entries(reference.p_spam_given_word)) {
      expectClose(figures.p_spam_given_word[word], posterior as number, 1e-12, `P(spam | ${word})`);
    }
  });

  it('bins the prices as numpy.histogram does and spreads sample means by sigma / sqrt(30)', () => {
    expect(figures.price_histogram_10_bins).toEqual(reference.price_histogram_10_bins);
    // 2,000 simulated means: the spread's own sampling error is about 1.6 %.
    expectClose(figures.spread_of_means_of_30, reference.clt_spread_of_means_of_30, 0.06, 'spread of the means of 30 prices');
  });

  it('has exact and numerical gradients that agree with NumPy’s', () => {
    reference.loss_gradient_at_w1_b0.forEach((value: number, index: number) => {
      expectClose(figures.loss_gradient_at_w1_b0[index], value, 1e-12, `exact gradient ${index}`);
      expectClose(figures.numerical_gradient_at_w1_b0[index], value, 1e-7, `numerical gradient ${index}`);
    });
  });

  it('descends to the least-squares line of SciPy, and finds the learning-rate limit', () => {
    const line = reference.least_squares_line;
    expectClose(figures.descended_line.w, line.w, 1e-6, 'w');
    expectClose(figures.descended_line.b, line.b, 1e-6, 'b');
    expectClose(figures.descended_line.loss, line.loss, 1e-9, 'loss');
    // Descent on w alone is stable below 1 / mean(x²): the largest stable rate of the list is
    // the last one under that limit.
    const limit = reference.stable_rate_limit_w_only;
    const stable = figures.largest_stable_rate_w_only;
    expect(stable).toBeLessThan(limit);
    expect(figures.rates.filter((rate: number) => rate > stable && rate < limit)).toEqual([]);
  });
});
