
from buildpath.checking import cached, check, fail, same_kinds, solution, unpredictable_random
from checks_support import read_columns

NO_INTERCEPT = ("Your line goes through the origin: the intercept is missing. Compute "
                "b = mean(y) - a * mean(x) and use the centred formula for the slope.")


def ames_split():
    """The training and test sales of the shared split, with a few columns."""
    def load():
        rows = read_columns(["Gr_Liv_Area", "Total_Bsmt_SF", "Year_Built", "Sale_Price"])
        return solution.train_test_split(solution.drop_large_houses(rows, 4000), 0.2, 2011)
    return cached("ames-split-few-columns", load)


def through_origin(xs, ys):
    return sum(x * y for x, y in zip(xs, ys)) / sum(x * x for x in xs), 0.0


def swapped(xs, ys):
    slope, intercept = solution.fit_line(ys, xs)
    return slope, intercept


def evaluate_swapped(train, test, feature):
    """What evaluate_feature gives when fit_line is called with the prices as xs."""
    slope, intercept = swapped([row[feature] for row in train], [row["Sale_Price"] for row in train])
    actual = [row["Sale_Price"] for row in test]
    predicted = [slope * row[feature] + intercept for row in test]
    return {"slope": slope, "intercept": intercept,
            "mae": solution.mae(actual, predicted), "rmse": solution.rmse(actual, predicted)}


@check(task=1)
def fits_a_few_points(learner):
    """fit_line finds the least-squares slope and intercept"""
    fit = learner.function("fit_line", params=["xs", "ys"])
    xs, ys = [1000.0, 1500.0, 2000.0, 2600.0], [130000.0, 170000.0, 250000.0, 290000.0]
    fit.given(xs, ys).returns(solution.fit_line(xs, ys), rel=1e-9, mistakes=[
        (through_origin(xs, ys), NO_INTERCEPT),
        (swapped(xs, ys), "The roles of x and y are swapped: the slope divides by the spread of x, the feature."),
        (tuple(reversed(solution.fit_line(xs, ys))), "Those are the intercept and the slope, in that order: "
                                                      "return the tuple (slope, intercept), the slope first."),
    ])
    result = fit.given(xs, ys).value
    if not (isinstance(result, (tuple, list)) and len(result) == 2):
        fail(f"fit_line should return a tuple (slope, intercept); it returned {result!r}.")
    same_kinds(result, solution.fit_line(xs, ys), "what fit_line returned",
               "Return the pair as a tuple: return slope, intercept.")


@check(task=1)
def fits_an_exact_line(learner):
    """fit_line recovers a line the points lie on exactly"""
    fit = learner.function("fit_line", params=["xs", "ys"])
    xs = [0.5, 2.0, 3.5, 9.0]
    fit.given(xs, [-3.0 * x + 40.0 for x in xs]).returns((-3.0, 40.0), tol=1e-9, reveal=True,
                                                          mistakes=[(through_origin(xs, [-3.0 * x + 40.0 for x in xs]), NO_INTERCEPT)])


@check(task=1, hidden=True)
def fits_the_training_sales(learner):
    """fit_line on the training sales"""
    train, _ = ames_split()
    xs = [row["Gr_Liv_Area"] for row in train]
    ys = [row["Sale_Price"] for row in train]
    learner.function("fit_line").given(xs, ys).returns(solution.fit_line(xs, ys), rel=1e-9, mistakes=[
        (through_origin(xs, ys), NO_INTERCEPT)])


@check(task=2)
def predicts_from_a_line(learner):
    """predict_line applies slope and intercept to every x"""
    predict = learner.function("predict_line", params=["slope", "intercept", "xs"])
    predict.given(120.0, 5000.0, [1000.0, 1500.0, 0.0]).returns([125000.0, 185000.0, 5000.0], tol=1e-6, mistakes=[
        ([120000.0, 180000.0, 0.0], "The predictions leave out the intercept: add it to slope * x.")])
    predict.given(-2.0, 3.0, []).returns([])
    same_kinds(predict.given(-2.0, 3.0, [1.0, 2.0]).value, [1.0, -1.0], "what predict_line returned",
               "Return a list with one prediction per x, e.g. built with a list comprehension.")


@check(task=3)
def evaluates_on_the_test_rows(learner):
    """evaluate_feature fits on train and measures on test"""
    evaluate = learner.function("evaluate_feature", params=["train", "test", "feature"])
    train = [{"Garage_Area": a, "Sale_Price": p} for a, p in
             [(200.0, 110000.0), (400.0, 160000.0), (550.0, 190000.0), (0.0, 90000.0), (700.0, 260000.0)]]
    test = [{"Garage_Area": a, "Sale_Price": p} for a, p in [(300.0, 150000.0), (480.0, 150000.0)]]
    expected = solution.evaluate_feature(train, test, "Garage_Area")
    evaluate.given(train, test, "Garage_Area").satisfies(
        lambda d: isinstance(d, dict) and set(d) == {"slope", "intercept", "mae", "rmse"},
        'a dict with the keys "slope", "intercept", "mae" and "rmse"')
    evaluate.given(train, test, "Garage_Area").returns(expected, rel=1e-9, mistakes=[
        (solution.evaluate_feature(test, test, "Garage_Area"),
         "The line was fitted on the test rows. Fit on the training rows only; the test rows are for measuring."),
        (solution.evaluate_feature(train, train, "Garage_Area"),
         "The errors were measured on the training rows: measure them on the test rows."),
        (evaluate_swapped(train, test, "Garage_Area"),
         "The roles of x and y are swapped: call fit_line with the feature values first (xs) and the prices second (ys)."),
    ])


@check(task=3, hidden=True)
def evaluates_on_the_ames_split(learner):
    """evaluate_feature on the Ames split"""
    train, test = ames_split()
    for feature in ("Gr_Liv_Area", "Total_Bsmt_SF"):
        expected = solution.evaluate_feature(train, test, feature)
        learner.function("evaluate_feature").given(train, test, feature).returns(expected, rel=1e-9, mistakes=[
            (solution.evaluate_feature(test, test, feature),
             "The line was fitted on the test rows: fit on the training rows only.")])


@check(task=3, hidden=True)
def lines_drawn_at_check_time(learner):
    """fit_line, predict_line and evaluate_feature on houses drawn at check time"""
    rng = unpredictable_random()
    rows = [{"Gr_Liv_Area": float(rng.randint(500, 4000)), "Sale_Price": float(rng.randint(40000, 600000))}
            for _ in range(rng.randint(6, 20))]
    xs, ys = [row["Gr_Liv_Area"] for row in rows], [row["Sale_Price"] for row in rows]
    learner.function("fit_line").given(xs, ys).returns(solution.fit_line(xs, ys), rel=1e-9)
    slope, intercept = rng.uniform(-200, 200), rng.uniform(-1e5, 1e5)
    learner.function("predict_line").given(slope, intercept, xs).returns(
        solution.predict_line(slope, intercept, xs), rel=1e-9)
    cut = rng.randint(3, len(rows) - 2)
    learner.function("evaluate_feature").given(rows[:cut], rows[cut:], "Gr_Liv_Area").returns(
        solution.evaluate_feature(rows[:cut], rows[cut:], "Gr_Liv_Area"), rel=1e-9)
