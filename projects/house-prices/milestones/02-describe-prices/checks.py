import math

from buildpath.checking import cached, check, same_kinds, solution, unpredictable_random


def ames_prices():
    return cached("ames-prices", lambda: solution.load_prices("data/ames.csv"))


@check(task=1)
def mean_of_short_lists(learner):
    """mean averages a few numbers"""
    mean = learner.function("mean", params=["values"])
    mean.given([4, 8, 15, 16, 23, 42]).returns(18.0, tol=1e-9)
    mean.given([-2.5]).returns(-2.5, tol=1e-9)
    mean.given([129500.0, 200000.0]).returns(164750.0, tol=1e-6)


@check(task=1, hidden=True)
def mean_of_the_prices(learner):
    """mean works on all 2,930 prices"""
    prices = ames_prices()
    learner.function("mean").given(prices).returns(solution.mean(prices), rel=1e-9)


@check(task=2)
def median_of_an_odd_count(learner):
    """median of an odd number of values"""
    median = learner.function("median", params=["values"])
    unsorted = "The median is the middle of the *sorted* values: sort a copy first, with sorted(values)."
    median.given([9, 1, 5]).returns(5, mistakes=[(1, unsorted)])
    median.given([250000.0, 105000.0, 189900.0, 172000.0, 115000.0]).returns(172000.0, mistakes=[(189900.0, unsorted)])
    median.given([3, 1, 2]).leaves_arguments_unchanged()


@check(task=2)
def median_of_an_even_count(learner):
    """median of an even number of values averages the two middle ones"""
    median = learner.function("median", params=["values"])
    upper = ("With an even number of values there are two middle values: return their "
             "average, not just one of them.")
    median.given([40, 10, 30, 20]).returns(25.0, tol=1e-9, mistakes=[(30, upper), (20, upper)])
    median.given([1.5, 0.5]).returns(1.0, tol=1e-9, mistakes=[(1.5, upper), (0.5, upper)])
    floored = ("The two middle values 3 and 6 average to 4.5: divide their sum with /, not //, "
               "which rounds down to a whole number.")
    median.given([6, 1, 3, 8]).returns(4.5, tol=1e-9, mistakes=[(4, floored), (4.0, floored)])


@check(task=2, hidden=True)
def median_of_the_prices(learner):
    """median works on all 2,930 prices"""
    prices = ames_prices()
    learner.function("median").given(prices).returns(solution.median(prices), tol=1e-6)


@check(task=3)
def std_of_short_lists(learner):
    """std is the sample standard deviation"""
    std = learner.function("std", params=["values"])
    population = ("That is the population standard deviation (dividing by n). The sample "
                  "standard deviation divides the sum of squared deviations by n - 1.")
    no_root = "That looks like the variance: take the square root of it to get the standard deviation."
    values = [2, 4, 4, 4, 5, 5, 7, 9]
    std.given(values).returns(solution.std(values), tol=1e-9, mistakes=[
        (2.0, population), (solution.std(values) ** 2, no_root)])
    values = [100.0, 130.0, 160.0]
    std.given(values).returns(30.0, tol=1e-9, mistakes=[(math.sqrt(600.0), population), (900.0, no_root)])


@check(task=3, hidden=True)
def std_of_the_prices(learner):
    """std works on all 2,930 prices"""
    prices = ames_prices()
    n = len(prices)
    population = solution.std(prices) * math.sqrt((n - 1) / n)
    learner.function("std").given(prices).returns(solution.std(prices), rel=1e-9, mistakes=[
        (population, "On the real prices your std matches the population formula (dividing by n); divide by n - 1.")])


@check(task=4)
def skewness_of_short_lists(learner):
    """skewness measures the long tail"""
    skewness = learner.function("skewness", params=["values"])
    sample_moments = ("Both moments m2 and m3 divide by n. Using the sample standard deviation "
                      "(dividing by n - 1) in the denominator gives a slightly smaller skewness.")
    values = [1, 1, 2, 2, 3, 9]
    n = len(values)
    shrunk = solution.skewness(values) * ((n - 1) / n) ** 1.5
    skewness.given(values).returns(solution.skewness(values), tol=1e-9, mistakes=[(shrunk, sample_moments)])
    skewness.given([5, 6, 7]).returns(0.0, tol=1e-9)
    values = [10, 2, 1, 1]
    skewness.given(values).satisfies(lambda g: g > 0, "positive (a long tail to the right gives a positive skewness)")


@check(task=4, hidden=True)
def skewness_of_the_prices(learner):
    """skewness works on the prices and on their logarithms"""
    prices = ames_prices()
    learner.function("skewness").given(prices).returns(solution.skewness(prices), rel=1e-9)
    logs = [math.log(p) for p in prices]
    learner.function("skewness").given(logs).returns(solution.skewness(logs), tol=1e-9)


@check(task=5)
def describe_gathers_the_summary(learner):
    """describe returns all five figures"""
    describe = learner.function("describe", params=["values"])
    values = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0]
    describe.given(values).satisfies(
        lambda d: isinstance(d, dict) and set(d) == {"count", "mean", "median", "std", "skewness"},
        'a dict with exactly the keys "count", "mean", "median", "std" and "skewness"')
    described = describe.given(values).returns(solution.describe(values), tol=1e-9).value
    same_kinds(described, solution.describe(values), "the dict describe returned",
               'The "count" is how many values there are: len(values), a whole number.')


@check(task=5, hidden=True)
def describe_the_log_prices(learner):
    """describe works on the log prices"""
    logs = [math.log(p) for p in ames_prices()]
    learner.function("describe").given(logs).returns(solution.describe(logs), tol=1e-9)


@check(task=5, hidden=True)
def statistics_of_prices_drawn_at_check_time(learner):
    """mean, median, std, skewness and describe of prices drawn at check time"""
    rng = unpredictable_random()
    prices = [float(rng.randint(30000, 700000)) for _ in range(rng.randint(4, 25))]
    for name in ("mean", "median", "std", "skewness"):
        learner.function(name).given(prices).returns(getattr(solution, name)(prices), rel=1e-9)
    learner.function("describe").given(prices).returns(solution.describe(prices), rel=1e-9)
