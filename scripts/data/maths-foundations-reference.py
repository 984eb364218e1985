"""Independent reference figures for the maths-foundations pack, computed with NumPy and SciPy
rather than with the pack's own solutions.

    /usr/bin/python3 scripts/data/maths-foundations-reference.py > projects/maths-foundations/data/reference-figures.json

tests/packs/maths-foundations-figures.test.ts compares the pack's reference solutions, run in
Pyodide, with these figures.
"""

import json
import os

import numpy
import scipy
import scipy.linalg
import scipy.stats

DATA = os.path.join(os.path.dirname(__file__), "../../projects/maths-foundations/data")
WORDS = ["free", "money", "your", "remove", "business", "hp", "george", "meeting"]


def read(name):
    table = numpy.genfromtxt(os.path.join(DATA, name), delimiter=",", names=True, dtype=None, encoding="utf-8")
    return table


def main():
    sales = read("ames-sample.csv")
    emails = read("spam-words.csv")
    prices = sales["Sale_Price"].astype(float)
    areas = sales["Gr_Liv_Area"] / 1000.0
    scaled_prices = prices / 100_000.0

    # Milestone 1: the most common neighbourhood (ties to the alphabetically first) and group means.
    names, counts = numpy.unique(sales["Neighborhood"], return_counts=True)  # sorted names
    baths = sorted(set(sales["Full_Bath"].tolist()))

    # Milestone 2: cosine similarities of e-mail 0 to the others.
    vectors = numpy.column_stack([emails[word] for word in WORDS]).astype(float)
    lengths = numpy.linalg.norm(vectors, axis=1)
    others = numpy.arange(1, len(vectors))
    with numpy.errstate(invalid="ignore", divide="ignore"):
        cosines = numpy.where(lengths[others] > 0, vectors[others] @ vectors[0] / (lengths[others] * lengths[0]), 0.0)

    # Milestone 3: the plane through the first three sales.
    system = numpy.column_stack([numpy.ones(3), areas[:3] * 1000, sales["Bedroom_AbvGr"][:3].astype(float)])
    plane = scipy.linalg.solve(system, prices[:3])

    # Milestone 4: the two variances and P(spam | word) counted directly.
    spam = emails["type"] == "spam"
    posterior = {word: float(numpy.mean(spam[emails[word] > 0])) for word in WORDS}

    # Milestone 5: the spread the central limit theorem predicts for means of 30, and 10-bin counts.
    sigma = float(numpy.std(prices))
    histogram, _ = numpy.histogram(prices, bins=10, range=(prices.min(), prices.max()))

    # Milestones 6 and 7: the exact gradient at (w, b) = (1, 0) and the least-squares line.
    design = numpy.column_stack([areas, numpy.ones(len(areas))])
    residual = design @ numpy.array([1.0, 0.0]) - scaled_prices
    gradient = 2 / len(areas) * design.T @ residual
    fit = scipy.stats.linregress(areas, scaled_prices)
    best_loss = float(numpy.mean((fit.slope * areas + fit.intercept - scaled_prices) ** 2))

    figures = {
        "versions": {"numpy": numpy.__version__, "scipy": scipy.__version__},
        "sales": len(prices),
        "emails": len(vectors),
        "most_common_neighbourhood": str(names[numpy.lexsort((names, -counts))[0]]),
        "most_common_count": int(counts.max()),
        "mean_price_by_full_bath": {str(b): float(prices[sales["Full_Bath"] == b].mean()) for b in baths},
        "cosine_email_0": {"to_1": float(cosines[0]), "most_similar_other": int(others[numpy.argmax(cosines)]),
                           "best": float(cosines.max())},
        "norm_email_0": float(lengths[0]),
        "plane_through_three_sales": plane.tolist(),
        "price_variance": {"population": float(numpy.var(prices)), "sample": float(numpy.var(prices, ddof=1))},
        "price_std": {"population": sigma, "sample": float(numpy.std(prices, ddof=1))},
        "p_spam": float(numpy.mean(spam)),
        "p_spam_given_word": posterior,
        "clt_spread_of_means_of_30": sigma / numpy.sqrt(30),
        "price_histogram_10_bins": histogram.tolist(),
        "loss_gradient_at_w1_b0": gradient.tolist(),
        "least_squares_line": {"w": float(fit.slope), "b": float(fit.intercept), "loss": best_loss},
        "stable_rate_limit_w_only": float(1 / numpy.mean(areas ** 2)),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
