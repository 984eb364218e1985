import random

from buildpath.checking import cached, check, expect, fail, solution

DATA = "data/digits.csv"


def pixels_and_labels():
    def compute():
        images, labels = solution.load_digits(DATA)
        return solution.normalise(images), labels
    return cached("pixels_and_labels", compute)


def small_network():
    params = solution.init_network(3, 2, 2, seed=6)
    params["b1"] = [0.5, -0.25]
    grads = {"W1": [[0.1, -0.2, 0.3], [0.0, 0.5, -0.5]], "b1": [1.0, -1.0],
             "W2": [[0.25, 0.25], [-0.75, 0.5]], "b2": [0.2, -0.2]}
    return params, grads


@check(task=1)
def sgd_step_moves_against_the_gradient(learner):
    """sgd_step subtracts learning_rate times the gradient"""
    step = learner.function("sgd_step", params=["params", "grads", "learning_rate"])
    params, grads = small_network()
    expected = solution.sgd_step(params, grads, 0.1)
    uphill = solution.sgd_step(params, grads, -0.1)
    step.given(params, grads, 0.1).returns(expected, tol=1e-12, mistakes=[(
        uphill,
        "Given a small network, its gradients and learning_rate 0.1, you added the gradient: that "
        "climbs the loss. Subtract learning_rate * gradient from each parameter.")])
    step.given(params, grads, 0.1).leaves_arguments_unchanged()


@check(task=2)
def predict_and_evaluate_a_network(learner):
    """predict_digit and evaluate use the network's probabilities"""
    pixels, labels = pixels_and_labels()
    params = solution.init_network(64, 8, 10, seed=3)
    predict = learner.function("predict_digit", params=["params", "image"])
    for image in pixels[10:15]:
        expected = solution.predict_digit(params, image)
        probability = max(solution.forward(params, image)[1])
        predict.given(params, image).returns(expected, mistakes=[(
            probability,
            f"Your predict_digit returned {probability:.3f}: that is the highest probability, "
            "not the digit that has it. Return its position in the list of probabilities.")])
    learner.function("evaluate", params=["params", "images", "labels"]).given(
        params, pixels[:40], labels[:40]).returns(solution.evaluate(params, pixels[:40], labels[:40]), tol=1e-12)


def check_training(learner, train, held_out, seed, target):
    (train_pixels, train_labels), (test_pixels, test_labels) = train, held_out
    call = learner.function("train_network").given(train_pixels, train_labels, 8, 6, 10, 0.3, seed)
    expect(call.value, "what train_network returned").is_instance((tuple, list)).has_length(2)
    params, history = call.value
    expect(len(history), "the number of entries in the history after 6 epochs").equals(6, reveal=True)
    if not call.printed.strip():
        fail("train_network printed nothing while training. Print the epoch, the loss and the "
             "accuracy after every epoch, so that a long training shows its progress.")
    losses = [entry["loss"] for entry in history]
    if losses[-1] >= losses[0]:
        fail(f"Training 150 digits for 6 epochs, the loss went from {losses[0]:.3g} to {losses[-1]:.3g}: "
             "it did not fall. Check that each batch makes one sgd_step with its own gradients.")
    accuracy = solution.evaluate(params, test_pixels, test_labels)
    expect(accuracy, "after 6 epochs on 150 digits with 8 hidden units, the accuracy on 100 held-out "
                     "digits").at_least(target)


@check(task=3, seconds=20)
def training_learns_held_out_digits(learner):
    """train_network learns to read held-out digits"""
    learner.function("train_network", params=["images", "labels", "n_hidden", "epochs", "batch_size",
                                              "learning_rate", "seed"])
    pixels, labels = pixels_and_labels()
    check_training(learner, (pixels[:150], labels[:150]), (pixels[1300:1400], labels[1300:1400]), 2, 0.65)


@check(task=3, hidden=True, seconds=20)
def training_on_other_digits(learner):
    """train_network on another set of digits"""
    pixels, labels = pixels_and_labels()
    check_training(learner, (pixels[400:550], labels[400:550]), (pixels[1500:1600], labels[1500:1600]), 7, 0.55)


@check(task=4)
def hidden_units_as_pictures(learner):
    """hidden_unit_images cuts each row of W1 into an 8×8 picture"""
    pictures = learner.function("hidden_unit_images", params=["params"])
    params = solution.init_network(64, 5, 10, seed=12)
    expected = solution.hidden_unit_images(params)
    columns = [list(map(list, zip(*grid))) for grid in expected]
    pictures.given(params).returns(expected, tol=1e-12, mistakes=[(
        columns,
        "Given a network with 5 hidden units, your pictures are transposed: the 64 weights of a "
        "unit are stored row by row, like the pixels, so picture row r is weights 8r … 8r + 7.")])


@check(task=4, hidden=True)
def hidden_units_of_a_wider_network(learner):
    """hidden_unit_images of a wider network"""
    params = solution.init_network(64, 9, 10, seed=13)
    learner.function("hidden_unit_images").given(params).returns(solution.hidden_unit_images(params), tol=1e-12)
