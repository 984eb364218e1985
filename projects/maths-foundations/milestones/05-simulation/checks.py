import math

from buildpath.checking import check, expect, fail, solution, unpredictable_random
from checks_support import exact_type, explaining

HIDDEN_SEED = unpredictable_random().randrange(1, 2 ** 31)  # drawn afresh for every check job
RECIPE = ("Create rng = random.Random(seed) once, at the start, and draw every step from it with "
          "rng.random() < 0.5 (+1) or not (-1), in order.")


def prices():
    return solution.read_prices("data/ames-sample.csv")


@check(task=1)
def walk_starts_at_zero_and_steps_by_one(learner):
    """random_walk starts at 0 and moves by one each step"""
    walk = learner.function("random_walk", params=["steps", "seed"])
    positions = walk.given(20, 3).value
    exact_type(positions, list, "What random_walk returned", "Return the positions as a list.")
    if len(positions) != 21:
        fail(f"A walk of 20 steps gave {len(positions)} positions; it should give 21, the start (0) and one after each step.")
    expect(positions[0], "The first position").equals(0)
    for before, after in zip(positions, positions[1:]):
        if type(after) is not int or abs(after - before) != 1:
            fail(f"A step went from {before!r} to {after!r}: each step moves by +1 or -1, and positions are ints.")
    walk.given(0, 3).returns([0])


@check(task=1)
def walk_follows_the_seed(learner):
    """random_walk draws its steps from random.Random(seed) as the instructions say"""
    walk = learner.function("random_walk", params=["steps", "seed"])
    for seed in (1, 2026):
        got = walk.given(30, seed).value
        if got != solution.random_walk(30, seed):
            fail(f"With seed {seed}, the walk is not the one the recipe gives. {RECIPE}")
    if walk.given(50, 8).value == walk.given(50, 9).value:
        fail("Seeds 8 and 9 gave the same walk: use the seed to create the generator.")


@check(task=1, hidden=True)
def walk_with_an_unseen_seed(learner):
    """random_walk follows the recipe for a seed it has not seen"""
    if learner.function("random_walk").given(400, HIDDEN_SEED).value != solution.random_walk(400, HIDDEN_SEED):
        fail(f"For a seed of the checks, the walk differs from the recipe's. {RECIPE}")


@check(task=2)
def running_means_of_short_lists(learner):
    """running_means gives the mean of each prefix"""
    running = learner.function("running_means", params=["values"])
    running.given([4, 0, 2, 10]).returns([4.0, 2.0, 2.0, 4.0], tol=1e-12)
    running.given([1]).returns([1.0])
    running.given([]).returns([])
    exact_type(running.given([1, 2]).value, list, "What running_means returned", "Return a list.")
    exact_type(running.given([2, 4, 0]).value[0], float, "The first running mean of [2, 4, 0]",
               "Every mean is a float, even when it is whole: divide the total with / "
               "(statistics.mean keeps an int when the values are ints and their mean is whole).")


@check(task=2, hidden=True)
def running_means_settle(learner):
    """running_means of many coin flips settle near one half"""
    walk = solution.random_walk(4000, HIDDEN_SEED + 1)
    flips = [1 if b > a else 0 for a, b in zip(walk, walk[1:])]
    explaining("Item k of the running means is the mean of the first k + 1 values.",
               lambda: learner.function("running_means").given(flips).returns(solution.running_means(flips), tol=1e-9))


@check(task=3)
def sample_means_follow_the_recipe(learner):
    """sample_means draws with rng.choices(values, k=sample_size)"""
    means = learner.function("sample_means", params=["values", "sample_size", "repeats", "seed"])
    values = [10, 20, 30, 40, 50]
    got = means.given(values, 3, 6, 4).value
    exact_type(got, list, "What sample_means returned", "Return the means as a list.")
    expect(got, "The list of means").has_length(6)
    if not got == solution.sample_means(values, 3, 6, 4):
        without = "Draw with replacement, as rng.choices(values, k=sample_size) does; rng.sample draws each value at most once."
        fail(f"With seed 4 the means differ from the recipe's: create rng = random.Random(seed) once and draw each "
             f"sample with rng.choices(values, k=sample_size). {without}")


@check(task=3, hidden=True)
def the_central_limit_theorem(learner):
    """the means of 30 prices spread by about sigma / sqrt(30)"""
    values = prices()
    got = learner.function("sample_means").given(values, 30, 500, HIDDEN_SEED + 2).value
    if got != solution.sample_means(values, 30, 500, HIDDEN_SEED + 2):
        fail("For a seed of the checks, the sample means differ from the recipe's (random.Random(seed) and rng.choices).")
    centre = sum(values) / len(values)
    sigma = math.sqrt(sum((v - centre) ** 2 for v in values) / len(values))
    mean_of_means = sum(got) / len(got)
    spread = math.sqrt(sum((m - mean_of_means) ** 2 for m in got) / len(got))
    expect(spread / (sigma / math.sqrt(30)), "The spread of the sample means over sigma / sqrt(30)").between(0.85, 1.15)


@check(task=4)
def histogram_of_a_few_values(learner):
    """histogram_counts counts values into equal-width bins"""
    counts = learner.function("histogram_counts", params=["values", "bins", "low", "high"])
    got = counts.given([0.5, 1.5, 1.7, 3.9], 4, 0, 4).value
    exact_type(got, list, "What histogram_counts returned", "Return the counts as a list.")
    counts.given([0.5, 1.5, 1.7, 3.9], 4, 0, 4).returns([1, 2, 0, 1])
    counts.given([10, 20, 25, 30], 2, 10, 30).returns([1, 3])
    exact_type(got[0], int, "The count of the first bin", "A count is a whole number: start each bin at 0 and add 1.")


@check(task=4)
def the_top_edge_and_the_outside(learner):
    """histogram_counts puts high in the last bin and leaves out values outside"""
    counts = learner.function("histogram_counts", params=["values", "bins", "low", "high"])
    edge = ("A value equal to high belongs in the last bin: (high - low) / width is exactly bins, "
            "one past the last index, so cap the index at bins - 1.")
    outside = "Values below low or above high are left out, not put in the first or last bin."
    counts.given([0, 5, 10], 2, 0, 10).returns([1, 2], mistakes=[([1, 1], edge)])
    counts.given([-1, 2, 11, 12], 2, 0, 10).returns([1, 0], mistakes=[([2, 2], outside), ([2, 0], outside), ([1, 2], outside)])


@check(task=4, hidden=True)
def histogram_of_sample_means(learner):
    """histogram_counts bins 600 sample means"""
    means = solution.sample_means(prices(), 30, 600, HIDDEN_SEED + 3)
    low, high = min(means), max(means)
    got = learner.function("histogram_counts").given(means, 25, low, high).value
    expect(got, "The bin counts").equals(solution.histogram_counts(means, 25, low, high))
    expect(sum(got), "The total of the counts").equals(600)
