import math

from buildpath.checking import CheckFailed, cached, check, expect, fail, solution, unpredictable_random
from checks_support import expect_kinds

SMALL = [[1.0, 200.0, 0.0], [3.0, 100.0, 0.0], [2.0, 900.0, 0.0], [6.0, 300.0, 0.0], [8.0, 500.0, 0.0]]


def spambase_sample():
    return cached("06/spambase_sample", _compute_spambase_sample)


def _compute_spambase_sample():
    """120 training rows and 60 test rows of Spambase, standardised by the reference."""
    features, labels = cached("spambase.csv as features and labels",
                              lambda: solution.load_spambase("data/spambase.csv"))
    features, labels = features[::25], labels[::25]
    train, test = solution.stratified_split(labels, 1 / 3, 9)
    train_rows, test_rows = solution.standardise_split(features, train, test)
    return train_rows, [labels[i] for i in train], test_rows, [labels[i] for i in test]


@check(task=1)
def standardise_uses_training_statistics(learner):
    """standardise_split uses the training rows' statistics for both parts"""
    standardise = learner.function("standardise_split",
                                   params=["features", "train_indices", "test_indices"])
    train, test = [0, 1, 3], [2, 4]
    got_train, got_test = standardise.given(SMALL, train, test).value
    expected_train, expected_test = solution.standardise_split(SMALL, train, test)
    everything = list(range(len(SMALL)))
    all_rows = solution.standardise_split(SMALL, everything, everything)[0]
    if expect_close(got_train, [all_rows[i] for i in train]):
        fail("Your training rows were standardised with the means and standard deviations of all "
             "the rows, test rows included. Compute the statistics of the training rows only.")
    if expect_close(got_test, solution.standardise_split(SMALL, test, [])[0]):
        fail("Your test rows were standardised with their own means and standard deviations. Use "
             "the statistics of the training rows only, for the test rows too.")
    if expect_close(got_train, sample_std_rows(SMALL, train, train)):
        fail("Your standardised training rows divide by the sample standard deviation (dividing the squared "
             "distances by n - 1). Use the population standard deviation: divide by n, the number of training rows.")
    expect(got_train, "the standardised training rows").equals(expected_train, tol=1e-9)
    expect(got_test, "the standardised test rows").equals(expected_test, tol=1e-9)
    call = standardise.given(SMALL, train, test)
    expect_kinds(call.value, (expected_train, expected_test), "what `standardise_split` returned",
                 "the instructions ask for a tuple (train_rows, test_rows), each a list of rows that are lists of floats.")
    call.leaves_arguments_unchanged()


def sample_std_rows(features, train_indices, indices):
    """The rows at `indices` scaled with the training rows' sample (n - 1) standard deviations."""
    train = [features[i] for i in train_indices]
    columns = list(zip(*train))
    means = [sum(column) / len(column) for column in columns]
    stds = [math.sqrt(sum((x - m) ** 2 for x in column) / (len(column) - 1)) or 1.0
            for column, m in zip(columns, means)]
    return [[(x - m) / s for x, m, s in zip(features[i], means, stds)] for i in indices]


def expect_close(rows, others):
    return len(rows) == len(others) and all(
        len(a) == len(b) and all(abs(x - y) < 1e-9 for x, y in zip(a, b)) for a, b in zip(rows, others))


@check(task=1)
def standardise_handles_a_constant_feature(learner):
    """standardise_split keeps a constant feature finite"""
    got_train, _ = learner.function("standardise_split").given(SMALL, [0, 1, 2], [3]).value
    column = [row[2] for row in got_train]
    if any(not isinstance(x, (int, float)) or math.isnan(x) or math.isinf(x) for x in column):
        fail(f"The third feature is 0 in every row; you turned it into {column}. Use a standard "
             "deviation of 1 when a feature is constant.")


@check(task=2)
def sigmoid_values(learner):
    """sigmoid gives the right values"""
    sigmoid = learner.function("sigmoid", params=["z"])
    sigmoid.given(0.0).returns(0.5, tol=1e-12)
    sigmoid.given(1.5).returns(1 / (1 + math.exp(-1.5)), tol=1e-12)
    sigmoid.given(-3.0).returns(1 / (1 + math.exp(3.0)), tol=1e-12)


@check(task=2)
def sigmoid_does_not_overflow(learner):
    """sigmoid works for very large and very negative inputs"""
    sigmoid = learner.function("sigmoid")
    sigmoid.given(1000.0).returns(1.0, tol=1e-12)
    try:
        call = sigmoid.given(-1000.0)
    except CheckFailed as failure:
        if "OverflowError" in str(failure):
            fail("Given z=-1000.0, `sigmoid` overflowed: math.exp(1000) is far too large for a float. "
                 "For negative z use the equal form math.exp(z) / (1 + math.exp(z)), which only "
                 "takes exp of a negative number.")
        raise
    call.returns(0.0, tol=1e-12)


@check(task=3)
def training_loss_goes_down(learner):
    """train_logistic lowers the loss epoch after epoch"""
    train_rows, train_labels, _, _ = spambase_sample()
    weights, bias, losses = learner.function(
        "train_logistic", params=["rows", "labels", "learning_rate", "epochs"]).given(
        train_rows, train_labels, 0.3, 15).value
    expect(losses, "the list of losses for 15 epochs").has_length(15)
    expect(losses[0], "the loss before the first step, with zero weights").equals(math.log(2), tol=1e-6)
    if losses[-1] > losses[0]:
        fail(f"Over 15 epochs your loss went up, from {losses[0]:.3f} to {losses[-1]:.3f}. Gradient "
             "descent steps against the gradient: w = w - learning_rate * gradient.")
    expect(len(weights), "the number of weights").equals(57, reveal=True)


@check(task=3)
def training_matches_gradient_descent(learner):
    """train_logistic follows the batch gradient descent formulas"""
    train = learner.function("train_logistic")
    train.given([[2.0], [-1.0]], [1, 0], 0.8, 3).returns(
        solution.train_logistic([[2.0], [-1.0]], [1, 0], 0.8, 3), tol=1e-9)
    rows = [[0.5, -1.0], [1.5, 0.5], [-0.5, 2.0], [-1.5, -1.5]]
    labels = [1, 1, 0, 0]
    expected = solution.train_logistic(rows, labels, 0.5, 5)
    got = train.given(rows, labels, 0.5, 5).returns(expected, tol=1e-9).value
    expect_kinds(got, expected, "what `train_logistic` returned",
                 "the instructions ask for a tuple (weights, bias, losses) with weights and losses as lists of floats.")


@check(task=3, hidden=True)
def training_on_spambase_rows(learner):
    """train_logistic on Spambase rows"""
    train_rows, train_labels, _, _ = spambase_sample()
    learner.function("train_logistic").given(train_rows, train_labels, 0.5, 10).returns(
        solution.train_logistic(train_rows, train_labels, 0.5, 10), rel=1e-6, tol=1e-9)


@check(task=4)
def probabilities_of_a_small_model(learner):
    """predict_probabilities applies the sigmoid to w · x + b"""
    predict = learner.function("predict_probabilities", params=["weights", "bias", "rows"])
    expected = [solution.sigmoid(0.5), solution.sigmoid(0.5), solution.sigmoid(-5.5)]
    got = predict.given([1.0, -2.0], 0.5, [[0.0, 0.0], [2.0, 1.0], [0.0, 3.0]]).returns(expected, tol=1e-12).value
    expect_kinds(got, expected, "what `predict_probabilities` returned",
                 "the instructions ask for a list with one probability per row.")


@check(task=4, hidden=True)
def probabilities_on_held_out_rows(learner):
    """predict_probabilities on held-out Spambase rows"""
    train_rows, train_labels, test_rows, _ = spambase_sample()
    weights, bias, _ = solution.train_logistic(train_rows, train_labels, 0.5, 10)
    learner.function("predict_probabilities").given(weights, bias, test_rows).returns(
        solution.predict_probabilities(weights, bias, test_rows), tol=1e-9)


@check(task=5)
def loss_curve_is_drawn(learner):
    """plot_losses draws the loss curve"""
    learner.function("plot_losses", params=["losses"]).given([0.69, 0.5, 0.41, 0.38])
    shown = learner.shown("line", title="Training loss")
    if shown.get("x_label") != "epoch" or shown.get("y_label") != "log loss":
        fail(f"The loss curve's axes are labelled {shown.get('x_label')!r} and {shown.get('y_label')!r}; "
             'use x_label="epoch" and y_label="log loss".')


@check(task=3)
def loss_of_a_very_wrong_model_is_clipped(learner):
    """train_logistic clips the probabilities, so a very wrong model's loss is large but finite"""
    # A step of 100 overshoots: the second epoch starts with p = 0 for a spam row.
    rows, labels = [[1.0], [100.0]], [1, 0]
    try:
        call = learner.function("train_logistic").given(rows, labels, 100.0, 2)
    except CheckFailed as failure:
        if "ValueError" in str(failure) or "ZeroDivisionError" in str(failure):
            fail("Given a learning rate so large that the second epoch starts with a probability of "
                 "exactly 0 for a spam row, train_logistic crashed on log(0). Clip each probability to "
                 "[1e-12, 1 - 1e-12] before taking the log.\n" + str(failure))
        raise
    call.returns(solution.train_logistic(rows, labels, 100.0, 2), rel=1e-9, tol=1e-9)


@check(task=3, hidden=True)
def training_drawn_at_check_time(learner):
    """sigmoid, train_logistic and predict_probabilities on rows drawn at check time"""
    rng = unpredictable_random()
    for z in (rng.uniform(-900, -50), rng.uniform(-5, 5), rng.uniform(50, 900)):
        learner.function("sigmoid").given(z).returns(solution.sigmoid(z), tol=1e-12)
    width = rng.randint(1, 3)
    rows = [[rng.uniform(-2, 2) for _ in range(width)] for _ in range(rng.randint(3, 9))]
    labels = [rng.randint(0, 1) for _ in rows]
    rate, epochs = rng.choice([0.1, 0.5, 1.0]), rng.randint(2, 6)
    learner.function("train_logistic").given(rows, labels, rate, epochs).returns(
        solution.train_logistic(rows, labels, rate, epochs), rel=1e-7, tol=1e-9)
    weights, bias = [rng.uniform(-1, 1) for _ in range(width)], rng.uniform(-1, 1)
    learner.function("predict_probabilities").given(weights, bias, rows).returns(
        solution.predict_probabilities(weights, bias, rows), tol=1e-12)
