
from buildpath.checking import check, expect, fail, solution, unpredictable_random
from checks_support import read_columns

SHOWN_COLUMNS = ("Gr_Liv_Area", "Longitude", "Year_Built", "Neighborhood", "Mo_Sold", "Sale_Price")

def ames_rows():
    """A few columns of every sale: enough for the checks, small enough to copy quickly."""
    return read_columns(list(SHOWN_COLUMNS))


def uncentred(xs, ys):
    dot = sum(x * y for x, y in zip(xs, ys))
    return dot / (sum(x * x for x in xs) ** 0.5 * sum(y * y for y in ys) ** 0.5)


@check(task=1)
def correlation_of_short_lists(learner):
    """correlation of a few pairs"""
    correlation = learner.function("correlation", params=["xs", "ys"])
    not_centred = ("Subtract the means first: every term of the formula uses x - mean(x) and "
                   "y - mean(y). Without that, r measures how far the values sit from zero, not how they move together.")
    xs, ys = [800.0, 1200.0, 1500.0, 2100.0], [95000.0, 150000.0, 160000.0, 260000.0]
    correlation.given(xs, ys).returns(solution.correlation(xs, ys), tol=1e-9,
                                      mistakes=[(uncentred(xs, ys), not_centred)])
    xs, ys = [1.0, 2.0, 3.0, 4.0, 5.0], [9.0, 7.0, 8.0, 3.0, 1.0]
    correlation.given(xs, ys).returns(solution.correlation(xs, ys), tol=1e-9,
                                      mistakes=[(uncentred(xs, ys), not_centred)])


@check(task=1)
def correlation_of_a_perfect_line(learner):
    """correlation of points on a line is 1 or -1"""
    correlation = learner.function("correlation", params=["xs", "ys"])
    correlation.given([2.0, 4.0, 6.0], [5.0, 9.0, 13.0]).returns(1.0, tol=1e-9, reveal=True)
    correlation.given([2.0, 4.0, 6.0], [1.0, -1.0, -3.0]).returns(-1.0, tol=1e-9, reveal=True)


@check(task=1, hidden=True)
def correlation_of_area_and_price(learner):
    """correlation of living area and price on the real sales"""
    rows = ames_rows()
    xs = [row["Gr_Liv_Area"] for row in rows]
    ys = [row["Sale_Price"] for row in rows]
    learner.function("correlation").given(xs, ys).returns(solution.correlation(xs, ys), tol=1e-9)


@check(task=2)
def ranks_a_small_table(learner):
    """rank_by_correlation ranks numeric columns by |r|"""
    rank = learner.function("rank_by_correlation", params=["rows", "target"])
    rows = [
        {"Baths": 1.0, "Age": 60.0, "Zone": "RL", "Lot": 9000.0, "Price": 120000.0},
        {"Baths": 2.0, "Age": 15.0, "Zone": "RM", "Lot": 7000.0, "Price": 210000.0},
        {"Baths": 1.0, "Age": 45.0, "Zone": "RL", "Lot": 12000.0, "Price": 135000.0},
        {"Baths": 3.0, "Age": 5.0, "Zone": "FV", "Lot": 8000.0, "Price": 320000.0},
    ]
    got = rank.given(rows, "Price").value
    names = [pair[0] for pair in got] if isinstance(got, list) and all(isinstance(p, (tuple, list)) for p in got) else None
    if names is None:
        fail(f"rank_by_correlation should return a list of (column, r) tuples; it returned {got!r}.")
    if "Zone" in names:
        fail("Zone holds text, so it has no correlation: keep only the columns whose value is a float in every row.")
    if "Price" in names:
        fail("The target column itself was ranked: leave `target` out (its correlation with itself is always 1).")
    expected = solution.rank_by_correlation(rows, "Price")
    by_r = sorted(expected, key=lambda pair: pair[1], reverse=True)
    rank.given(rows, "Price").returns(expected, tol=1e-9, mistakes=[
        (by_r, "Sort by the size of r, abs(r): Age is strongly (negatively) related to the price and "
               "belongs near the top, not at the bottom.")])
    rank.given(rows, "Price").leaves_arguments_unchanged()


@check(task=2, hidden=True)
def ranks_the_ames_columns(learner):
    """rank_by_correlation on the real sales"""
    rows = ames_rows()
    expected = solution.rank_by_correlation(rows, "Sale_Price")
    by_r = sorted(expected, key=lambda pair: pair[1], reverse=True)
    learner.function("rank_by_correlation").given(rows, "Sale_Price").returns(expected, tol=1e-9, mistakes=[
        (by_r, "Longitude's correlation is negative but not small: sort by abs(r), not by r.")])


@check(task=3)
def drops_houses_over_the_limit(learner):
    """drop_large_houses keeps the houses up to the limit, in order"""
    drop = learner.function("drop_large_houses", params=["rows", "max_area"])
    rows = [{"Gr_Liv_Area": area, "Sale_Price": price} for area, price in
            [(1500.0, 150000.0), (3100.0, 390000.0), (3000.0, 310000.0), (800.0, 90000.0), (3000.5, 200000.0)]]
    strict = ("A house of exactly max_area square feet should stay: keep the rows with "
              "Gr_Liv_Area <= max_area (De Cock removes only houses with *more than* 4,000 sq ft).")
    expected = solution.drop_large_houses(rows, 3000)
    expect(drop.given(rows, 3000).value, "what drop_large_houses returned").is_instance(list)
    drop.given(rows, 3000).returns(expected, mistakes=[([rows[0], rows[3]], strict)])
    drop.given(rows, 3000).leaves_arguments_unchanged()
    drop.given(rows, 500).returns([])


@check(task=3, hidden=True)
def drops_de_cocks_five(learner):
    """drop_large_houses removes De Cock's five sales"""
    kept = learner.function("drop_large_houses").given(ames_rows(), 4000).value
    expect(kept, "the list of sales kept with a 4,000 sq ft limit").has_length(2925)
    expect(kept == solution.drop_large_houses(ames_rows(), 4000), "the sales kept").is_true(
        "The 2,925 sales kept are not the sales with Gr_Liv_Area <= 4000 in their original order.")


@check(task=2)
def numeric_means_a_float_in_every_row(learner):
    """rank_by_correlation looks at every row, not only the first, to tell numbers from text"""
    rows = [{"Frontage": 60.0, "Area": 1200.0, "Price": 150000.0},
            {"Frontage": "", "Area": 1500.0, "Price": 180000.0},
            {"Frontage": 80.0, "Area": 2100.0, "Price": 260000.0}]
    try:
        got = learner.function("rank_by_correlation").given(rows, "Price").value
    except Exception as crash:
        fail("Given rows whose Frontage is a float in the first row but empty text in the second, "
             "rank_by_correlation crashed: a column is numeric only when its value is a float in every "
             f"row, so look at all rows, not the first.\n{crash}")
    names = [pair[0] for pair in got] if isinstance(got, list) and all(isinstance(p, (tuple, list)) for p in got) else []
    if "Frontage" in names:
        fail("Given rows whose Frontage is a float in the first row but empty text in the second, you ranked "
             "Frontage: a column is numeric only when its value is a float in every row, so look at all rows.")
    for pair in got:
        expect(pair, f"each (column, r) you return, such as {pair!r},").is_instance(tuple)
    learner.function("rank_by_correlation").given(rows, "Price").returns(
        solution.rank_by_correlation(rows, "Price"), tol=1e-9)


@check(task=3, hidden=True)
def features_drawn_at_check_time(learner):
    """correlation, rank_by_correlation and drop_large_houses on houses drawn at check time"""
    rng = unpredictable_random()
    rows = [{"Gr_Liv_Area": float(rng.randint(500, 5000)), "Age": float(rng.randint(0, 120)),
             "Zone": rng.choice(["RL", "RM"]), "Sale_Price": float(rng.randint(40000, 600000))}
            for _ in range(rng.randint(4, 15))]
    xs, ys = [row["Gr_Liv_Area"] for row in rows], [row["Sale_Price"] for row in rows]
    learner.function("correlation").given(xs, ys).returns(solution.correlation(xs, ys), tol=1e-9)
    learner.function("rank_by_correlation").given(rows, "Sale_Price").returns(
        solution.rank_by_correlation(rows, "Sale_Price"), tol=1e-9)
    limit = float(rng.randint(1000, 4500))
    learner.function("drop_large_houses").given(rows, limit).returns(solution.drop_large_houses(rows, limit))
