import random

from buildpath.checking import check, expect, fail, solution, unpredictable_random
from checks_support import exact_type, explaining

HIDDEN_SEED = unpredictable_random().randrange(1, 2 ** 31)  # drawn afresh for every check job
UPHILL = ("The steps went uphill: gradient descent subtracts learning_rate times the derivative, "
          "x - learning_rate * df(x).")


def area_and_price():
    return solution.read_area_and_price("data/ames-sample.csv")


def parabola_slope(x):
    return 2 * (x - 3)


def parabola(x):
    return (x - 3) ** 2


def ellipse_gradient(p):
    return [2 * p[0], 20 * p[1]]


@check(task=1)
def one_variable_descent(learner):
    """descend_1d takes steps against the derivative"""
    descend = learner.function("descend_1d", params=["df", "x0", "learning_rate", "steps"])
    # (x - 3)**2 from 0 with rate 0.25: each step halves the distance to 3.
    descend.given(parabola_slope, 0.0, 0.25, 3).returns([0.0, 1.5, 2.25, 2.625], tol=1e-12, mistakes=[
        ([0.0, -1.5, -5.25, -13.875], UPHILL)])
    xs = descend.given(parabola_slope, 10.0, 0.1, 0).value
    exact_type(xs, list, "What descend_1d returned", "Return the list of positions.")
    expect(xs, "The positions after 0 steps").equals([10.0])
    short = "A descent of n steps has n + 1 positions: the start x0 and one after each step."
    got = descend.given(parabola_slope, 10.0, 0.1, 5).value
    if len(got) != 6:
        fail(f"With 5 steps descend_1d gave {len(got)} positions. {short}")


@check(task=1, hidden=True)
def one_variable_descent_on_unseen_functions(learner):
    """descend_1d follows the update rule on functions it has not seen"""
    rng = random.Random(HIDDEN_SEED)
    for _ in range(4):
        a, c = rng.uniform(0.5, 3), rng.uniform(-5, 5)
        slope = lambda x, a=a, c=c: 2 * a * (x - c)
        x0, rate = rng.uniform(-10, 10), rng.uniform(0.01, 0.3)
        learner.function("descend_1d").given(slope, x0, rate, 15).returns(
            solution.descend_1d(slope, x0, rate, 15), tol=1e-9, mistakes=[
                (solution.descend_1d(slope, x0, -rate, 15), UPHILL)])


@check(task=2)
def two_variable_descent(learner):
    """descend moves every coordinate against its partial derivative"""
    descend = learner.function("descend", params=["grad", "start", "learning_rate", "steps"])
    points = descend.given(ellipse_gradient, [4.0, 1.0], 0.05, 2).value
    exact_type(points, list, "What descend returned", "Return a list of points.")
    for point in points:
        exact_type(point, list, "Each point", "Keep each point as a list, like the start.")
    descend.given(ellipse_gradient, [4.0, 1.0], 0.05, 2).returns([[4.0, 1.0], [3.6, 0.0], [3.24, 0.0]], tol=1e-12)
    descend.given(ellipse_gradient, [4.0, 1.0], 0.05, 2).leaves_arguments_unchanged()


@check(task=2)
def every_point_is_kept(learner):
    """descend keeps each point, not one list changed in place"""
    points = learner.function("descend", params=["grad", "start", "learning_rate", "steps"]).given(
        ellipse_gradient, [1.0, 1.0], 0.01, 3).value
    if len(points) != 4:
        fail(f"With 3 steps descend gave {len(points)} points; it should give 4, the start and one after each step.")
    if points[0] == points[-1]:
        fail("The first and last points are the same list of numbers: make a new list for each step "
             "instead of changing one point in place (all the saved points then change with it).")


@check(task=2, hidden=True)
def two_variable_descent_on_unseen_bowls(learner):
    """descend follows the update rule on bowls it has not seen"""
    rng = random.Random(HIDDEN_SEED + 1)
    for _ in range(3):
        a, b = rng.uniform(0.5, 4), rng.uniform(0.5, 4)
        grad = lambda p, a=a, b=b: [2 * a * p[0], 2 * b * p[1]]
        start = [rng.uniform(-5, 5), rng.uniform(-5, 5)]
        explaining("Each new point is the last one minus learning_rate times its gradient, for every coordinate.",
                   lambda: learner.function("descend").given(grad, start, 0.05, 12).returns(solution.descend(grad, start, 0.05, 12), tol=1e-9))


@check(task=3)
def the_loss_curve(learner):
    """loss_curve evaluates the function at every point"""
    curve = learner.function("loss_curve", params=["f", "points"])
    result = curve.given(parabola, [0.0, 1.5, 2.25]).value
    exact_type(result, list, "What loss_curve returned", "Return a list of losses.")
    curve.given(parabola, [0.0, 1.5, 2.25]).returns([9.0, 2.25, 0.5625], tol=1e-12)
    curve.given(lambda p: p[0] ** 2 + p[1] ** 2, [[3.0, 4.0], [0.0, 1.0]]).returns([25.0, 1.0], tol=1e-12)


@check(task=4)
def fits_a_line_to_the_sales(learner):
    """fit_line descends from w = b = 0 and records steps + 1 losses"""
    xs, ys = area_and_price()
    fitted = learner.function("fit_line", params=["xs", "ys", "learning_rate", "steps"]).given(xs, ys, 0.1, 40).value
    exact_type(fitted, dict, "What fit_line returned", 'Return {"w": ..., "b": ..., "losses": [...]}.')
    expect(set(fitted), "The keys of the result").equals({"w", "b", "losses"})
    expect(fitted["losses"], "The list of losses").has_length(41)
    reference = solution.fit_line(xs, ys, 0.1, 40)
    expect(fitted["losses"][0], "The first loss").equals(reference["losses"][0], rel=1e-9)
    expect(fitted["losses"], "The losses").equals(reference["losses"], rel=1e-9)
    expect([fitted["w"], fitted["b"]], "[w, b] after 40 steps").equals([reference["w"], reference["b"]], rel=1e-9)
    start = learner.function("fit_line").given(xs, ys, 0.1, 0).value
    expect(start, "What fit_line returned after 0 steps").equals(solution.fit_line(xs, ys, 0.1, 0), rel=1e-9)
    for name in ("w", "b"):
        exact_type(start[name], float, f'The "{name}" after 0 steps',
                   "Start the descent from the floats 0.0 and 0.0, as the instructions say.")


@check(task=4, hidden=True)
def fits_a_line_to_unseen_data(learner):
    """fit_line reaches the least-squares line on data it has not seen"""
    rng = random.Random(HIDDEN_SEED + 2)
    xs = [rng.uniform(-1, 1) for _ in range(60)]
    ys = [0.8 * x - 0.3 + rng.gauss(0, 0.1) for x in xs]
    fitted = learner.function("fit_line").given(xs, ys, 0.5, 150).value
    reference = solution.fit_line(xs, ys, 0.5, 150)
    if not isinstance(fitted, dict) or "losses" not in fitted:
        fail('On data of the checks, fit_line did not return {"w", "b", "losses"}.')
    expect([fitted.get("w"), fitted.get("b")], "On data of the checks, [w, b]").equals([reference["w"], reference["b"]], tol=1e-6)
    expect(fitted["losses"][-1] <= fitted["losses"][0], "the loss falling").is_true(
        "On data of the checks the last loss is not below the first: check the sign of the step.")


@check(task=5)
def the_largest_stable_rate(learner):
    """largest_stable_rate keeps the rates whose loss ends strictly lower"""
    largest = learner.function("largest_stable_rate", params=["f", "df", "x0", "rates", "steps"])
    # On (x - 3)**2, rate 1.0 jumps between 0 and 6: its loss ends exactly where it began.
    equal = ("With rate 1.0 the descent from 0 jumps to 6 and back, ending on the same loss it started with: "
             "that is not stable. Keep only rates whose final loss is strictly below f(x0).")
    largest.given(parabola, parabola_slope, 0.0, [0.1, 0.5, 0.9, 1.0, 1.1], 20).returns(0.9, tol=1e-12, mistakes=[(1.0, equal)])
    largest.given(parabola, parabola_slope, 0.0, [1.0, 0.3, 0.7], 20).returns(0.7, tol=1e-12, mistakes=[(1.0, equal), (0.3, "Return the largest stable rate, whatever order the rates come in.")])
    largest.given(parabola, parabola_slope, 0.0, [1.5, 2.0], 10).returns(None)
    largest.given(parabola, parabola_slope, 0.0, [0.1, 0.9, 1.2, 0.25], 20).returns(0.9, tol=1e-12, mistakes=[
        (0.1, "Given the rates [0.1, 0.9, 1.2, 0.25] you returned 0.1, the first stable one: return the largest "
              "stable rate, whatever order the rates come in."),
        (0.25, "Given the rates [0.1, 0.9, 1.2, 0.25] you returned 0.25, the last stable one: return the largest "
               "stable rate, whatever order the rates come in.")])


@check(task=5, hidden=True)
def stable_rates_on_the_sales(learner):
    """largest_stable_rate finds where descent on the sales starts to diverge"""
    xs, ys = area_and_price()
    # The loss as a function of w alone (b = 0): a parabola whose curvature decides the limit.
    f = lambda w: solution.line_loss(w, 0.0, xs, ys)
    df = lambda w: solution.loss_gradient(w, 0.0, xs, ys)[0]
    rates = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]
    got = learner.function("largest_stable_rate").given(f, df, 0.0, rates, 20).value
    expect(got, "The largest stable rate on the sales").equals(solution.largest_stable_rate(f, df, 0.0, rates, 20))
