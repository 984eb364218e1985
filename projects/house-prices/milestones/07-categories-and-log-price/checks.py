import math

from buildpath.checking import cached, check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import calling, read_columns

KEEP_ALL_LEVELS = ("Drop the first level: with a flag for every level the flags add up to the intercept's "
                   "column of ones, and the least-squares problem has no single answer.")
UNSEEN = "A value that is not among the levels should give all zeros (treated like the reference), not an error."


def ames_split():
    def load():
        rows = read_columns(["Gr_Liv_Area", "Year_Built", "Bldg_Type", "Central_Air", "Sale_Price"])
        return solution.train_test_split(solution.drop_large_houses(rows, 4000), 0.2, 2011)
    return cached("ames-split-categories", load)


SMALL_TRAIN = [
    {"Area": 1100.0, "Style": "Ranch", "Air": "Y", "Sale_Price": 140000.0},
    {"Area": 1600.0, "Style": "Split", "Air": "Y", "Sale_Price": 205000.0},
    {"Area": 900.0, "Style": "Ranch", "Air": "N", "Sale_Price": 98000.0},
    {"Area": 2100.0, "Style": "Colonial", "Air": "Y", "Sale_Price": 290000.0},
    {"Area": 1300.0, "Style": "Split", "Air": "N", "Sale_Price": 131000.0},
    {"Area": 1800.0, "Style": "Colonial", "Air": "Y", "Sale_Price": 262000.0},
    {"Area": 1250.0, "Style": "Ranch", "Air": "Y", "Sale_Price": 151000.0},
]
SMALL_TEST = [
    {"Area": 1500.0, "Style": "Split", "Air": "Y", "Sale_Price": 190000.0},
    {"Area": 1000.0, "Style": "Cottage", "Air": "N", "Sale_Price": 105000.0},
    {"Area": 1950.0, "Style": "Colonial", "Air": "Y", "Sale_Price": 255000.0},
]


def log_model_variant(train, test, numeric, categorical, log=True, exp=True):
    """log_price_model with the log (and so the exp) or only the exp left out, to recognise those slips."""
    levels = {column: solution.category_levels(train, column) for column in categorical}
    targets = [math.log(r["Sale_Price"]) if log else r["Sale_Price"] for r in train]
    coefficients = solution.fit_least_squares(solution.encode_rows(train, numeric, levels), targets)
    predictions = solution.predict_linear(solution.encode_rows(test, numeric, levels), coefficients)
    if log and exp:
        predictions = [math.exp(p) for p in predictions]
    actual = [r["Sale_Price"] for r in test]
    return {"r2": solution.r_squared(actual, predictions), "rmse": solution.rmse(actual, predictions)}


@check(task=1)
def levels_are_sorted_and_distinct(learner):
    """category_levels lists each value once, sorted"""
    levels = learner.function("category_levels", params=["rows", "column"])
    rows = [{"Zone": z} for z in ("RM", "RL", "FV", "RL", "RM", "RL")]
    levels.given(rows, "Zone").returns(["FV", "RL", "RM"], mistakes=[
        (["RM", "RL", "FV"], "Sort the levels (sorted(...)), so the first level, the reference, is always the same."),
        (["FV", "RL", "RL", "RL", "RM", "RM"], "Each level should appear once: collect the values in a set first."),
    ])
    levels.given([{"Zone": "C"}], "Zone").returns(["C"])
    expect(levels.given(rows, "Zone").value, "what category_levels returned").is_instance(list)


@check(task=2)
def flags_after_the_first_level(learner):
    """one_hot flags every level after the first"""
    one_hot = learner.function("one_hot", params=["value", "levels"])
    levels = ["Flat", "Gable", "Hip", "Mansard"]
    one_hot.given("Hip", levels).returns([0.0, 1.0, 0.0], mistakes=[([0.0, 0.0, 1.0, 0.0], KEEP_ALL_LEVELS)])
    one_hot.given("Mansard", levels).returns([0.0, 0.0, 1.0], mistakes=[([0.0, 0.0, 0.0, 1.0], KEEP_ALL_LEVELS)])
    one_hot.given("Flat", levels).returns([0.0, 0.0, 0.0], mistakes=[([1.0, 0.0, 0.0, 0.0], KEEP_ALL_LEVELS)])
    same_kinds(one_hot.given("Hip", levels).value, [0.0, 1.0, 0.0], "what one_hot returned",
               "The flags are the floats 1.0 and 0.0, numbers of the same kind as every other column of the matrix.")


@check(task=2)
def unseen_value_gives_zeros(learner):
    """one_hot gives all zeros for a value it has never seen"""
    one_hot = learner.function("one_hot", params=["value", "levels"])
    call = calling(lambda: one_hot.given("Shed", ["Flat", "Gable", "Hip"]), "raised an error", UNSEEN)
    call.returns([0.0, 0.0], mistakes=[([0.0, 0.0, 0.0], KEEP_ALL_LEVELS)])


@check(task=3)
def encodes_numbers_then_flags(learner):
    """encode_rows puts the numbers first, then the flags of each column"""
    encode = learner.function("encode_rows", params=["rows", "numeric", "levels"])
    rows = [{"Area": 1200.0, "Baths": 2.0, "Style": "Split", "Air": "N"},
            {"Area": 800.0, "Baths": 1.0, "Style": "Ranch", "Air": "Y"}]
    levels = {"Style": ["Colonial", "Ranch", "Split"], "Air": ["N", "Y"]}
    expected = solution.encode_rows(rows, ["Area", "Baths"], levels)
    flags_first = [row[2:] + row[:2] for row in expected]
    encode.given(rows, ["Area", "Baths"], levels).returns(expected, mistakes=[
        (flags_first, "Put the numeric values first and the one-hot flags after them.")])
    encode.given(rows, ["Area", "Baths"], levels).leaves_arguments_unchanged()
    same_kinds(encode.given(rows, ["Area", "Baths"], levels).value, expected, "the rows encode_rows returned",
               "Return one list per row: the numbers, then the flags, joined with + into a single list.")


@check(task=4)
def fits_an_exact_plane(learner):
    """fit_least_squares recovers exact coefficients"""
    fit = learner.function("fit_least_squares", params=["X", "y"])
    X = [[1.0, 0.0], [2.0, 1.0], [0.0, 1.0], [3.0, 0.0], [1.0, 1.0]]
    y = [7.0 + 2.0 * a - 3.0 * b for a, b in X]
    result = fit.given(X, y).value
    if isinstance(result, list) and len(result) == 2:
        fail("fit_least_squares returned 2 coefficients for 2 features: the intercept is missing. Put 1.0 in "
             "front of every row before building X^T X, and return [b, w1, w2].")
    fit.given(X, y).returns([7.0, 2.0, -3.0], tol=1e-6, reveal=True)


@check(task=4, hidden=True)
def fits_noisy_data(learner):
    """fit_least_squares on noisy held-out data"""
    X = [[float(i % 5), float((i * 7) % 4), float(i % 2)] for i in range(30)]
    y = [50.0 + 3.0 * a - 2.0 * b + 5.0 * c + ((i * 37) % 11 - 5) * 0.3 for i, (a, b, c) in enumerate(X)]
    learner.function("fit_least_squares").given(X, y).returns(solution.fit_least_squares(X, y), tol=1e-6)


@check(task=5)
def r_squared_of_short_lists(learner):
    """r_squared compares the errors with those of the mean"""
    r2 = learner.function("r_squared", params=["actual", "predicted"])
    actual, predicted = [3.0, 5.0, 7.0, 9.0], [2.5, 5.5, 7.5, 8.0]
    residual, total = 0.25 + 0.25 + 0.25 + 1.0, 20.0
    r2.given(actual, predicted).returns(1 - residual / total, tol=1e-9, mistakes=[
        (residual / total, "That is the share of the variation the model *misses*: R² is 1 minus it."),
    ])
    r2.given([1.0, 2.0, 3.0], [2.0, 2.0, 2.0]).returns(0.0, tol=1e-9)
    r2.given([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]).returns(-3.0, tol=1e-9)


@check(task=6)
def log_model_on_a_small_split(learner):
    """log_price_model fits log prices and reports dollars"""
    model = learner.function("log_price_model", params=["train", "test", "numeric", "categorical"])
    args = (SMALL_TRAIN, SMALL_TEST, ["Area"], ["Style", "Air"])
    call = calling(lambda: model.given(*args), "no single solution",
                   "Take the levels from the training rows only: a level seen only in the test rows "
                   "gives a column of zeros in training.")
    call.returns(solution.log_price_model(*args), rel=1e-6, mistakes=[
        (log_model_variant(*args, log=False), "The model was fitted to the prices in dollars: fit it to math.log of "
                                              "the training prices, then turn predictions back with math.exp."),
        (log_model_variant(*args, exp=False), "The predictions are still logarithms: turn them back into dollars "
                                              "with math.exp before measuring R² and RMSE."),
    ])


@check(task=6, hidden=True)
def log_model_on_the_ames_split(learner):
    """log_price_model on the Ames split"""
    train, test = ames_split()
    args = (train, test, ["Gr_Liv_Area", "Year_Built"], ["Bldg_Type", "Central_Air"])
    expected = solution.log_price_model(*args)
    learner.function("log_price_model").given(*args).returns(expected, rel=1e-6)


@check(task=4, hidden=True)
def encoding_drawn_at_check_time(learner):
    """category_levels, one_hot, encode_rows and fit_least_squares on houses drawn at check time"""
    rng = unpredictable_random()
    rows = [{"Area": float(rng.randint(500, 4000)), "Zone": rng.choice(["RL", "RM", "FV", "C"]),
             "Sale_Price": float(rng.randint(40000, 600000))} for _ in range(rng.randint(8, 16))]
    levels = solution.category_levels(rows, "Zone")
    learner.function("category_levels").given(rows, "Zone").returns(levels)
    for value in (rows[0]["Zone"], levels[0], "unseen"):
        learner.function("one_hot").given(value, levels).returns(solution.one_hot(value, levels))
    encoded = solution.encode_rows(rows, ["Area"], {"Zone": levels})
    learner.function("encode_rows").given(rows, ["Area"], {"Zone": levels}).returns(encoded)
    X = [[row["Area"] / 1000, rng.uniform(-1, 1)] for row in rows]
    y = [row["Sale_Price"] / 1000 for row in rows]
    learner.function("fit_least_squares").given(X, y).returns(solution.fit_least_squares(X, y), rel=1e-6, tol=1e-6)
