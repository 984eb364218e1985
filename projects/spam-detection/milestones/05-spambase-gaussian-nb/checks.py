import random
import math

from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import expect_kinds

TINY_FEATURES = [[1.0, 0.0, 5.0], [3.0, 0.0, 7.0], [10.0, 4.0, 6.0], [12.0, 2.0, 6.0], [2.0, 0.0, 8.0]]
TINY_LABELS = [0, 0, 1, 1, 0]


def spambase():
    return cached("spambase.csv as features and labels", _compute_spambase)


def _compute_spambase():
    return solution.load_spambase("data/spambase.csv")


def sample():
    return cached("05/sample", _compute_sample)


def _compute_sample():
    """Every 20th e-mail: 231 rows, enough to learn from and quick to check."""
    features, labels = spambase()
    return features[::20], labels[::20]


def split_problems(labels, test_fraction, train, test):
    """Say what is wrong with a split of `labels`, or return None."""
    if sorted(train) != list(train) or sorted(test) != list(test):
        return "the two lists are not sorted"
    if sorted(list(train) + list(test)) != list(range(len(labels))):
        return "together they do not cover every row exactly once"
    for label in sorted(set(labels)):
        wanted = round(test_fraction * labels.count(label))
        got = sum(labels[i] == label for i in test)
        if got != wanted:
            return (f"the test part holds {got} rows of class {label} where a stratified split "
                    f"holds round({test_fraction} × {labels.count(label)}) = {wanted}. Shuffle and cut "
                    "each class on its own so both parts keep the class shares")
    return None


@check(task=1)
def spambase_loads_every_row(learner):
    """load_spambase reads 4,601 rows of 57 floats"""
    features, labels = learner.function("load_spambase", params=["path"]).given("data/spambase.csv").value
    expect(features, "the list of feature rows").has_length(4601)
    expect(labels, "the list of labels").has_length(4601)
    expect(len(features[0]), "the number of features in the first row").equals(57, reveal=True)
    expect(features[0][0], "the first feature of the first row").is_instance(float)
    if set(labels) != {0, 1}:
        fail(f"The labels you returned take the values {sorted(set(labels), key=str)[:5]}; use 1 for "
             "'spam' and 0 for 'nonspam'.")
    expect(sum(labels), "the number of spam labels").equals(1813, reveal=True)
    expect(features[100], "row 100").equals(spambase()[0][100], tol=1e-12)


@check(task=1)
def spambase_gives_a_tuple_of_lists(learner):
    """load_spambase returns the tuple (features, labels): lists of float rows and int labels"""
    got = learner.function("load_spambase").given("data/spambase.csv").value
    features, labels = spambase()
    expect_kinds(got, (features[:3], labels[:3]), "what `load_spambase` returned",
                 "the instructions ask for a tuple (features, labels), each row a list of floats and each "
                 "label the int 1 or 0 (not True or False).")


@check(task=2)
def split_is_stratified(learner):
    """stratified_split keeps the class shares in the test part"""
    split = learner.function("stratified_split", params=["labels", "test_fraction", "seed"])
    labels = [1 if i % 5 == 0 else 0 for i in range(200)]
    for seed in (1, 2, 3, 4, 5):
        train, test = split.given(labels, 0.25, seed).value
        problem = split_problems(labels, 0.25, train, test)
        if problem:
            fail(f"Given 200 labels (40 of class 1), test_fraction 0.25 and seed {seed}, {problem}.")


@check(task=2)
def split_is_reproducible(learner):
    """stratified_split gives the same split for the same seed, another for another seed"""
    split = learner.function("stratified_split")
    labels = [i % 3 == 0 for i in range(90)]
    labels = [int(x) for x in labels]
    first = split.given(labels, 0.2, 11).value
    again = split.given(labels, 0.2, 11).value
    if [list(part) for part in first] != [list(part) for part in again]:
        fail("Two calls with seed 11 gave different splits. Shuffle with a generator of your own, "
             "rng = random.Random(seed), instead of the shared random.shuffle.")
    other = split.given(labels, 0.2, 12).value
    if [list(part) for part in first] == [list(part) for part in other]:
        fail("Seeds 11 and 12 gave exactly the same split: the seed must decide the shuffle.")


def split_variant(labels, test_fraction, seed, one_generator=True, class_order=sorted, cut_of=round):
    """stratified_split as the instructions give it, or with one of three slips."""
    rng = random.Random(seed)
    train, test = [], []
    for label in class_order(set(labels)):
        positions = [i for i, own in enumerate(labels) if own == label]
        (rng if one_generator else random.Random(seed)).shuffle(positions)
        cut = cut_of(test_fraction * len(positions))
        test += positions[:cut]
        train += positions[cut:]
    return sorted(train), sorted(test)


@check(task=2)
def split_follows_the_recipe(learner):
    """stratified_split shuffles each class, in sorted order, with one generator"""
    labels = [1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0]
    expected = solution.stratified_split(labels, 0.4, 4)
    learner.function("stratified_split").given(labels, 0.4, 4).returns(expected, mistakes=[
        (split_variant(labels, 0.4, 4, one_generator=False),
         "Given 15 labels, test_fraction 0.4 and seed 4, your split is what a new random.Random(seed) for "
         "each class gives. Make one generator before the loop and shuffle every class with it."),
        (split_variant(labels, 0.4, 4, class_order=lambda found: sorted(found, reverse=True)),
         "Given 15 labels, test_fraction 0.4 and seed 4, your split shuffles class 1 before class 0. "
         "Take the classes in sorted order, so that the one generator shuffles class 0 first."),
        (split_variant(labels, 0.4, 4, cut_of=int),
         "Given 15 labels, test_fraction 0.4 and seed 4, your test part holds "
         "int(0.4 × 9) = 3 of the 9 rows of class 0: int() cuts 3.6 down. "
         "Take round(test_fraction * n_c) rows of each class.")])
    got = learner.function("stratified_split").given(labels, 0.4, 4).value
    expect_kinds(got, expected, "what `stratified_split` returned",
                 "the instructions ask for a tuple (train_indices, test_indices) of two lists of int positions.")


@check(task=2, hidden=True)
def split_of_spambase(learner):
    """stratified_split on the Spambase labels"""
    labels = spambase()[1]
    train, test = learner.function("stratified_split").given(labels, 0.3, 7).value
    problem = split_problems(labels, 0.3, train, test)
    if problem:
        fail(f"On a held-out split of the Spambase labels, {problem}.")


@check(task=3)
def fit_on_a_tiny_set(learner):
    """fit_gaussian_nb computes priors, means and smoothed variances"""
    fit = learner.function("fit_gaussian_nb", params=["features", "labels"])
    model = fit.given(TINY_FEATURES, TINY_LABELS).value
    for label, part in model.items():
        if any(v <= 0 for v in part.get("variances", [])):
            fail("Feature 2 is 0 in every training row of class 0, and you gave it variance 0: the "
                 "normal density then divides by zero. Add epsilon = 1e-9 × the largest feature "
                 "variance to every variance.")
    expected = solution.fit_gaussian_nb(TINY_FEATURES, TINY_LABELS)
    fit.given(TINY_FEATURES, TINY_LABELS).returns(expected, rel=1e-9, tol=1e-15, mistakes=[
        (epsilon_per_class(TINY_FEATURES, TINY_LABELS),
         "Your variances carry an epsilon taken from each class's own variances. Take epsilon = 1e-9 × the "
         "largest variance of the features computed on all the training rows together, and add that same "
         "epsilon in every class.")])
    expect_kinds(model, expected, "what `fit_gaussian_nb` returned",
                 "the instructions ask for a dict of dicts whose \"means\" and \"variances\" are lists of floats.")


def epsilon_per_class(features, labels):
    """The model with each class smoothed by its own largest variance instead of all the rows'."""
    model = solution.fit_gaussian_nb(features, labels)
    for label, part in model.items():
        rows = [row for row, own in zip(features, labels) if own == label]
        variances = solution.column_means_and_variances(rows)[1]
        part["variances"] = [v + 1e-9 * max(variances) for v in variances]
    return model


@check(task=3, hidden=True)
def fit_on_spambase_rows(learner):
    """fit_gaussian_nb on Spambase rows"""
    features, labels = sample()
    learner.function("fit_gaussian_nb").given(features, labels).returns(
        solution.fit_gaussian_nb(features, labels), rel=1e-9, tol=1e-12)


@check(task=4)
def predict_a_tiny_set(learner):
    """predict_gaussian_nb picks the most probable class"""
    model = solution.fit_gaussian_nb(TINY_FEATURES, TINY_LABELS)
    predict = learner.function("predict_gaussian_nb", params=["model", "row"])
    predict.given(model, [2.5, 0.0, 6.0]).returns(0)
    predict.given(model, [11.0, 3.0, 6.0]).returns(1)


@check(task=4, hidden=True)
def predict_spambase_rows(learner):
    """predict_gaussian_nb on held-out Spambase rows"""
    features, labels = sample()
    model = solution.fit_gaussian_nb(features, labels)
    predict = learner.function("predict_gaussian_nb")
    for row in spambase()[0][5:4601:230]:
        predict.given(model, row).returns(solution.predict_gaussian_nb(model, row))


@check(task=5)
def accuracy_is_measured_on_the_test_rows(learner):
    """test_accuracy fits on the training rows and scores the test rows"""
    features, labels = sample()
    train, test = solution.stratified_split(labels, 0.25, 5)
    got = learner.function("test_accuracy", params=["features", "labels", "train_indices", "test_indices"]).given(
        features, labels, train, test).value
    expected = solution.test_accuracy(features, labels, train, test)
    if abs(got - expected) <= 1e-9:
        return
    if abs(got - solution.test_accuracy(features, labels, train, train)) < 1e-9:
        fail(f"You returned {got:.3f}, the accuracy on the training rows. A model is judged on rows "
             "it did not learn from: score the rows of test_indices.")
    everything = list(range(len(labels)))
    if abs(got - solution.test_accuracy(features, labels, everything, test)) < 1e-9:
        fail(f"You returned {got:.3f}, which comes from a model fitted on every row, the test rows "
             "included. Fit on the rows of train_indices only.")
    expect(got, "the test accuracy on 231 Spambase rows").equals(expected, tol=1e-9)


@check(task=4, hidden=True)
def split_and_model_drawn_at_check_time(learner):
    """stratified_split, fit_gaussian_nb and predict_gaussian_nb on rows and a seed drawn at check time"""
    rng = unpredictable_random()
    labels = [rng.randint(0, 1) for _ in range(rng.randint(8, 30))]
    labels[:2] = [0, 1]
    fraction, seed = rng.choice([0.2, 0.25, 1 / 3, 0.5]), rng.randrange(10 ** 6)
    learner.function("stratified_split").given(labels, fraction, seed).returns(
        solution.stratified_split(labels, fraction, seed))
    features = [[rng.uniform(0, 5) + 2 * label, rng.uniform(0, 1)] for label in labels]
    model = solution.fit_gaussian_nb(features, labels)
    learner.function("fit_gaussian_nb").given(features, labels).returns(model, rel=1e-9, tol=1e-12)
    for row in features[:4]:
        learner.function("predict_gaussian_nb").given(model, row).returns(solution.predict_gaussian_nb(model, row))
