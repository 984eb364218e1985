import math
import statistics

from buildpath.checking import cached, check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import DATA

NAMES = ("W1", "b1", "W2", "b2")


def tiny_problem():
    """A network with 5 inputs, 4 hidden units and 3 classes, and 6 made-up images."""
    params = solution.init_network(5, 4, 3, seed=21)
    params["b1"] = [0.1, -0.2, 0.05, 0.0]
    params["b2"] = [0.3, 0.0, -0.1]
    images = [[0.0, 0.5, 1.0, 0.25, 0.75], [1.0, 1.0, 0.0, 0.0, 0.5], [0.2, 0.4, 0.6, 0.8, 1.0],
              [0.9, 0.1, 0.3, 0.0, 0.0], [0.5, 0.5, 0.5, 0.5, 0.5], [0.0, 0.0, 0.0, 1.0, 1.0]]
    return params, images, [0, 2, 1, 1, 0, 2]


def real_problem():
    """A random network with 6 hidden units and 8 real digits."""
    def compute():
        images, labels = solution.load_digits(DATA)
        return solution.init_network(64, 6, 10, seed=4), solution.normalise(images[200:208]), labels[200:208]
    return cached("real_problem", compute)


def shape(value):
    return [len(row) for row in value] if value and isinstance(value[0], list) else len(value)


@check(task=1)
def init_network_shapes(learner):
    """init_network gives weights of the right shapes and zero biases"""
    params = learner.function("init_network", params=["n_inputs", "n_hidden", "n_outputs", "seed"]).given(5, 3, 4, 2).value
    expect(sorted(params), "the keys of init_network(5, 3, 4, 2)").equals(sorted(NAMES), reveal=True)
    expected = solution.init_network(5, 3, 4, 2)
    for name in NAMES:
        if shape(params[name]) != shape(expected[name]):
            fail(f"With 5 inputs, 3 hidden units and 4 outputs, {name} should have shape "
                 f"{shape(expected[name])} (row lengths for a matrix) but has {shape(params[name])}. "
                 "W1 has one row per hidden unit, W2 one row per output.")
    for name in ("b1", "b2"):
        expect(params[name], f"init_network(5, 3, 4, 2)['{name}']").equals(expected[name], reveal=True)
    same_kinds(params, expected, "init_network(5, 3, 4, 2)",
               "Weights and biases are floats in lists: the biases start as 0.0, e.g. [0.0] * n_hidden.")


@check(task=1)
def init_network_breaks_symmetry(learner):
    """init_network starts from small random weights"""
    init = learner.function("init_network")
    params = init.given(64, 32, 10, 1).value
    weights = [w for row in params["W1"] for w in row]
    if len(set(weights)) == 1:
        fail(f"Every weight in W1 is {weights[0]}: with identical weights every hidden unit computes "
             "the same thing and receives the same gradient, so they never become different. "
             "Draw each weight with rng.gauss(0, 1 / math.sqrt(n_inputs)).")
    spread = statistics.pstdev(weights)
    expect(spread, "the standard deviation of W1 for 64 inputs").between(0.5 / 8, 2 / 8)
    again = init.given(64, 32, 10, 1).value
    expect(again == params, "two networks made with seed 1").is_true(
        "Two calls of init_network with seed 1 gave different weights: draw them from random.Random(seed).")
    other = init.given(64, 32, 10, 2).value
    expect(other != params, "networks made with seeds 1 and 2").is_true(
        "Seeds 1 and 2 gave the same weights: create random.Random(seed) inside init_network.")


@check(task=1, hidden=True)
def init_network_follows_the_recipe(learner):
    """init_network draws W1 then W2 from random.Random(seed)"""
    learner.function("init_network").given(16, 8, 10, 4).returns(solution.init_network(16, 8, 10, 4), tol=1e-12)


@check(task=2)
def forward_pass_of_a_small_network(learner):
    """forward computes tanh hidden units and softmax outputs"""
    forward = learner.function("forward", params=["params", "image"])
    params, images, _ = tiny_problem()
    expected = solution.forward(params, images[2])
    result = forward.given(params, images[2]).value
    expect(result, "what forward returned").is_instance(tuple).has_length(2)
    hidden = result[0]
    if any(abs(h) > 1 for h in hidden):
        fail(f"For a network with 4 hidden units your hidden values are {[round(h, 3) for h in hidden]}: "
             "some lie outside -1 … 1, so tanh was not applied to W1 x + b1.")
    forward.given(params, images[2]).returns(expected, tol=1e-9)
    forward.given(params, images[2]).leaves_arguments_unchanged()


@check(task=2, hidden=True)
def forward_pass_on_a_real_digit(learner):
    """forward on a real digit"""
    params, images, _ = real_problem()
    learner.function("forward").given(params, images[3]).returns(solution.forward(params, images[3]), tol=1e-9)


@check(task=3)
def loss_of_a_small_network(learner):
    """network_loss is the mean cross-entropy"""
    params, images, labels = tiny_problem()
    learner.function("network_loss", params=["params", "images", "labels"]).given(params, images, labels).returns(
        solution.network_loss(params, images, labels), tol=1e-9)


@check(task=3)
def loss_of_a_very_wrong_network(learner):
    """network_loss is large, not a crash, for a network sure of the wrong digit"""
    params, images, labels = tiny_problem()
    params["b2"] = [-2000.0, 1000.0, 1000.0]
    try:
        loss = learner.function("network_loss").given(params, images[:1], labels[:1]).value
    except Exception as crash:
        fail("Given a network that gives the right digit a score 3,000 below the others, network_loss "
             "crashed: its probability rounds to 0 and math.log(0) is undefined. Take the log of "
             f"max(p, 1e-300) so that a very wrong network gets a large, finite loss.\n{crash}")
    if not isinstance(loss, (int, float)) or loss != loss or loss == float("inf"):
        fail(f"Given a network sure of the wrong digit, your loss is {loss!r}: it should be a large but "
             "finite number. Take the log of max(p, 1e-300).")
    expect(loss, "the loss of a network sure of the wrong digit").at_least(50)


@check(task=4, hidden=True)
def the_network_on_numbers_drawn_at_check_time(learner):
    """forward, network_loss and backward on a network and images drawn at check time"""
    rng = unpredictable_random()
    n_inputs, n_hidden, n_classes = rng.randint(2, 6), rng.randint(2, 5), rng.randint(2, 4)
    params = solution.init_network(n_inputs, n_hidden, n_classes, seed=rng.randrange(10 ** 6))
    params["b1"] = [rng.uniform(-0.5, 0.5) for _ in range(n_hidden)]
    params["b2"] = [rng.uniform(-0.5, 0.5) for _ in range(n_classes)]
    images = [[rng.random() for _ in range(n_inputs)] for _ in range(rng.randint(2, 6))]
    labels = [rng.randrange(n_classes) for _ in images]
    learner.function("forward").given(params, images[0]).returns(solution.forward(params, images[0]), tol=1e-9)
    learner.function("network_loss").given(params, images, labels).returns(
        solution.network_loss(params, images, labels), tol=1e-9)
    check_backward(learner, params, images, labels, "On a network drawn at check time,")


@check(task=3, hidden=True)
def loss_on_real_digits(learner):
    """network_loss on real digits"""
    params, images, labels = real_problem()
    learner.function("network_loss").given(params, images, labels).returns(
        solution.network_loss(params, images, labels), tol=1e-9)


def close(a, b, tol=1e-7):
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(close(x, y, tol) for x, y in zip(a, b))
    return isinstance(a, (int, float)) and abs(a - b) <= tol


def scaled(value, factor):
    return [scaled(v, factor) for v in value] if isinstance(value, list) else value * factor


def check_backward(learner, params, images, labels, described):
    call = learner.function("backward").given(params, images, labels)
    grads = call.value
    expected = solution.backward(params, images, labels)
    if not isinstance(grads, dict) or sorted(grads) != sorted(NAMES):
        fail(f"{described} backward returned {type(grads).__name__} "
             f"{sorted(grads) if isinstance(grads, dict) else ''}: return a dict with the keys W1, b1, W2, b2.")
    right = {name: close(grads[name], expected[name]) for name in NAMES}
    if all(right.values()):
        return
    if all(close(grads[name], scaled(expected[name], -1)) for name in NAMES):
        fail(f"{described} every gradient has the wrong sign: the output error is p - t "
             "(probabilities minus the one-hot label), not t - p.")
    if all(close(grads[name], scaled(expected[name], len(images))) for name in NAMES):
        fail(f"{described} your gradients are {len(images)} times too large: divide by the number "
             "of images.")
    if right["W2"] and right["b2"]:
        fail(f"{described} the gradients of W2 and b2 are right but those of W1 and b1 are not. "
             "Send the error back through W2 (transposed) and multiply by the derivative of tanh, "
             "1 - h**2, for each hidden unit.")
    wrong = [name for name in NAMES if not right[name]]
    fail(f"{described} the gradients of {', '.join(wrong)} are not those of the loss. Compare them "
         "with your numerical_gradient on a single weight to find where they part.")


@check(task=4)
def backward_on_a_small_network(learner):
    """backward gives the gradients of the loss"""
    learner.function("backward", params=["params", "images", "labels"])
    params, images, labels = tiny_problem()
    check_backward(learner, params, images, labels, "For a network with 5 inputs, 4 hidden units and 3 classes,")


@check(task=4, hidden=True)
def backward_on_real_digits(learner):
    """backward on real digits"""
    params, images, labels = real_problem()
    check_backward(learner, params, images, labels, "On 8 real digits")


@check(task=5)
def numerical_gradient_of_single_weights(learner):
    """numerical_gradient takes central differences"""
    numerical = learner.function("numerical_gradient",
                                 params=["params", "images", "labels", "name", "row", "column", "epsilon"])
    params, images, labels = tiny_problem()
    for name, row, column in (("W1", 1, 2), ("b2", 0, None), ("W2", 2, 3)):
        expected = solution.numerical_gradient(params, images, labels, name, row, column, 1e-5)
        where = f"{name}[{row}]" + ("" if column is None else f"[{column}]")
        numerical.given(params, images, labels, name, row, column, 1e-5).returns(expected, tol=1e-7, mistakes=[(
            2 * expected,
            f"For {where} your numerical gradient is twice the slope: the two losses are 2 × epsilon "
            "apart, so divide their difference by 2 * epsilon.")])


@check(task=5)
def numerical_gradient_puts_the_weight_back(learner):
    """numerical_gradient leaves the network unchanged"""
    params, images, labels = tiny_problem()
    call = learner.function("numerical_gradient").given(params, images, labels, "W1", 0, 0, 1e-3)
    try:
        call.leaves_arguments_unchanged()
    except Exception as changed:
        fail("After numerical_gradient(params, …, 'W1', 0, 0, epsilon=0.001) the network is not "
             "the one you were given: put the weight back to its original value before "
             f"returning, or every later gradient is taken at a moved point.\n{changed}")


@check(task=6)
def gradient_check_accepts_backprop_and_catches_errors(learner):
    """gradient_check is tiny for right gradients and large for wrong ones"""
    check_fn = learner.function("gradient_check", params=["params", "images", "labels", "grads", "epsilon"])
    params, images, labels = tiny_problem()
    grads = solution.backward(params, images, labels)
    check_fn.given(params, images, labels, grads, 1e-5).satisfies(
        lambda worst: worst < 1e-5, "below 1e-5, although these gradients are right")
    flipped = {name: scaled(value, -1) for name, value in grads.items()}
    check_fn.given(params, images, labels, flipped, 1e-5).satisfies(
        lambda worst: worst > 0.5, "large, although every gradient given has the wrong sign")


@check(task=6, hidden=True)
def gradient_check_finds_one_bad_entry(learner):
    """gradient_check notices a single wrong entry"""
    params, images, labels = tiny_problem()
    grads = solution.backward(params, images, labels)
    grads["b1"][2] += 0.05
    weights_only = gradient_check_over(params, images, labels, grads, ("W1", "W2"))
    learner.function("gradient_check").given(params, images, labels, grads, 1e-5).returns(
        solution.gradient_check(params, images, labels, grads, 1e-5), tol=1e-4, mistakes=[(
            weights_only, "Your gradient check missed a wrong bias gradient: compare every entry of W1, b1, W2 "
                          "and b2, the biases as well as the weights.")])


def gradient_check_over(params, images, labels, grads, names):
    """The reference gradient check's figure over the parameters `names` only."""
    worst = 0.0
    for name in names:
        for row, grad_row in enumerate(grads[name]):
            for column, analytic in enumerate(grad_row):
                numeric = solution.numerical_gradient(params, images, labels, name, row, column, 1e-5)
                worst = max(worst, abs(analytic - numeric) / max(abs(analytic) + abs(numeric), 1e-8))
    return worst
