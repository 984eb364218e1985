import math
import random

from buildpath.checking import check, expect, fail, solution, unpredictable_random
from checks_support import exact_type, explaining

HIDDEN_SEED = unpredictable_random().randrange(1, 2 ** 31)  # drawn afresh for every check job
FORWARD = ("That is the forward difference (f(x + h) - f(x)) / h. The central difference looks both ways: "
           "(f(x + h) - f(x - h)) / (2 h), which is far more accurate for the same h.")
HALF = "The two points x - h and x + h are 2 h apart: divide by 2 * h, not by h."


def cubic(x):
    return x ** 3


def bowl(p):
    return p[0] ** 3 + 2 * p[0] * p[1] + 5 * p[1] ** 2


def random_polynomial(rng):
    coefficients = [rng.uniform(-3, 3) for _ in range(5)]
    value = lambda x: sum(c * x ** k for k, c in enumerate(coefficients))
    slope = lambda x: sum(k * c * x ** (k - 1) for k, c in enumerate(coefficients) if k > 0)
    return value, slope


def area_and_price():
    return solution.read_area_and_price("data/ames-sample.csv")


@check(task=1)
def central_difference_with_a_given_h(learner):
    """derivative takes the central difference"""
    derivative = learner.function("derivative", params=["f", "x", "h"])
    # With h = 0.1, x**3 at 1: central (1.1**3 - 0.9**3) / 0.2 = 3.01, forward 3.31.
    derivative.given(cubic, 1.0, 0.1).returns(3.01, tol=1e-9, mistakes=[(3.31, FORWARD), (6.02, HALF)])
    derivative.given(cubic, -2.0, 0.5).returns(12.25, tol=1e-9, mistakes=[(9.25, FORWARD), (24.5, HALF)])


@check(task=1)
def matches_the_exact_derivative(learner):
    """derivative with its default h matches the exact derivative"""
    derivative = learner.function("derivative", params=["f", "x", "h"])
    derivative.given(math.sin, 1.0).returns(math.cos(1.0), tol=1e-8)
    derivative.given(math.exp, 2.0).returns(math.exp(2.0), rel=1e-8)
    derivative.given(cubic, 3.0).returns(27.0, tol=1e-7, mistakes=[(27.00009, FORWARD)])


@check(task=1, hidden=True)
def derivatives_of_unseen_polynomials(learner):
    """derivative matches the exact derivative of polynomials it has not seen"""
    rng = random.Random(HIDDEN_SEED)
    for _ in range(6):
        value, slope = random_polynomial(rng)
        x = rng.uniform(-2, 2)
        got = learner.function("derivative").given(value, x).value
        if not isinstance(got, (int, float)) or abs(got - slope(x)) > 1e-6 * max(1.0, abs(slope(x))):
            fail("On a polynomial of the checks, the estimate is far from the exact derivative: "
                 "use the central difference (f(x + h) - f(x - h)) / (2 h) with h = 1e-5.")


@check(task=2)
def partial_derivatives_of_a_bowl(learner):
    """partial moves one coordinate and leaves the point unchanged"""
    partial = learner.function("partial", params=["f", "point", "i", "h"])
    # f = x**3 + 2xy + 5y**2 at (1, 2): df/dx = 3 + 4 = 7, df/dy = 2 + 20 = 22.
    partial.given(bowl, [1.0, 2.0], 0).returns(7.0, tol=1e-7)
    partial.given(bowl, [1.0, 2.0], 1).returns(22.0, tol=1e-7)
    partial.given(bowl, [1.0, 2.0], 0, 0.1).returns(7.01, tol=1e-9, mistakes=[(7.31, FORWARD)])
    moved = "partial changed the point it was given: move a copy, e.g. list(point), so the caller's point stays put."
    call = partial.given(bowl, [1.0, 2.0], 1)
    try:
        call.leaves_arguments_unchanged()
    except Exception:
        fail(moved)


@check(task=3)
def gradient_of_a_bowl(learner):
    """gradient lists the partial derivatives"""
    gradient = learner.function("gradient", params=["f", "point", "h"])
    result = gradient.given(bowl, [1.0, 2.0]).value
    exact_type(result, list, "What gradient returned", "Return a list, one partial derivative per coordinate.")
    gradient.given(bowl, [1.0, 2.0]).returns([7.0, 22.0], tol=1e-6)
    gradient.given(lambda p: p[0] * p[1] * p[2], [1.0, 2.0, 3.0]).returns([6.0, 3.0, 2.0], tol=1e-6)


@check(task=3, hidden=True)
def gradient_of_the_loss_of_a_line(learner):
    """gradient of the loss of a line on the sales"""
    loss = solution.line_loss(*area_and_price())
    for point in ([1.0, 0.0], [0.5, 0.7]):
        explaining("The gradient lists one central-difference partial derivative per coordinate, in order.",
                   lambda: learner.function("gradient").given(loss, point).returns(solution.gradient(loss, point), tol=1e-5))


@check(task=4)
def exact_gradient_of_a_small_line(learner):
    """loss_gradient gives the exact gradient of the squared error"""
    exact = learner.function("loss_gradient", params=["w", "b", "xs", "ys"])
    # Two points (1, 2), (2, 3); at w = 1, b = 0 the errors are -1, -1.
    no_two = "The derivative of (w x + b - y)**2 has a factor 2: 2 (w x + b - y) x for w, 2 (w x + b - y) for b."
    sign = "The error is prediction minus target, w x + b - y; with y - (w x + b) every sign flips."
    exact.given(1.0, 0.0, [1.0, 2.0], [2.0, 3.0]).returns([-3.0, -2.0], tol=1e-12, mistakes=[
        ([-1.5, -1.0], no_two), ([3.0, 2.0], sign)])
    result = exact.given(0.5, 1.0, [0.0, 1.0, 3.0], [1.0, 2.0, 2.0]).value
    exact_type(result, list, "What loss_gradient returned", "Return [dL/dw, dL/db] as a list.")
    expect(result, "The gradient").equals(solution.loss_gradient(0.5, 1.0, [0.0, 1.0, 3.0], [1.0, 2.0, 2.0]), tol=1e-12)


@check(task=4, hidden=True)
def exact_gradient_matches_the_numerical_one(learner):
    """loss_gradient agrees with central differences on data it has not seen"""
    rng = random.Random(HIDDEN_SEED + 1)
    xs = [rng.uniform(0.5, 3) for _ in range(50)]
    ys = [1.2 * x + 0.4 + rng.gauss(0, 0.3) for x in xs]
    loss = solution.line_loss(xs, ys)
    for w, b in ((0.0, 0.0), (rng.uniform(-2, 2), rng.uniform(-2, 2))):
        got = learner.function("loss_gradient").given(w, b, xs, ys).value
        numerical = solution.gradient(loss, [w, b])
        if type(got) not in (list, tuple) or len(got) != 2 or any(abs(g - n) > 1e-5 for g, n in zip(got, numerical)):
            fail("On data of the checks, loss_gradient differs from the numerical gradient of the loss: "
                 "check the factor 2, the sign of the error and the division by n.")
