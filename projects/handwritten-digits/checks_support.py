"""Helpers the checks of every handwritten-digits milestone share (`import checks_support`)."""

from buildpath.checking import cached, solution

DATA = "data/digits.csv"


def digits():
    """(images, labels) of every digit, read once by the reference load_digits."""
    return cached("digits", lambda: solution.load_digits(DATA))


def pixels_and_labels():
    """Every digit with its pixels scaled by the reference normalise, and the labels."""
    def compute():
        images, labels = digits()
        return solution.normalise(images), labels
    return cached("pixels_and_labels", compute)


# ------------------------------------------------- the training procedure, step by step

from random import Random

from buildpath.checking import CheckFailed, expect, fail

# The shuffles the instructions accept, all with the one generator: reshuffling the same list
# of positions every epoch, shuffling a fresh list 0 … n-1 every epoch, or drawing the
# order as rng.sample(range(n), n).
ACCEPTED_SHUFFLES = ("the same list reshuffled", "a fresh list shuffled", "a fresh sample")
SLIPS = {
    "shuffled once": "every epoch went through the images in the same order: shuffle once per epoch "
                     "with the one random.Random(seed) made before the loop (shuffling only before the "
                     "first epoch, or making a new Random(seed) every epoch, repeats the order)",
    "reseeded": "your order matches a new random.Random(seed) made every epoch: make the generator "
                "once, before the first epoch, and shuffle with it every epoch",
    "never shuffled": "the images went through in their stored order: shuffle them every epoch",
    "last batch dropped": "the last, smaller batch of each epoch made no step: when the images do not "
                          "divide into whole batches, the remainder is one more batch",
}


def shuffle_schedules(n, epochs, batch_size, seed):
    """Name -> the batches (lists of positions) of every epoch, for the accepted shuffles and the slips."""
    def batches(order):
        return [order[start:start + batch_size] for start in range(0, n, batch_size)]
    same, reseeded = list(range(n)), list(range(n))
    same_rng, fresh_rng, sample_rng = Random(seed), Random(seed), Random(seed)
    schedules = {name: [] for name in (*ACCEPTED_SHUFFLES, "reseeded", "never shuffled")}
    for _ in range(epochs):
        same_rng.shuffle(same)
        fresh = list(range(n))
        fresh_rng.shuffle(fresh)
        Random(seed).shuffle(reseeded)
        drawn = sample_rng.sample(range(n), n)
        for name, order in zip(schedules, (same, fresh, drawn, reseeded, list(range(n)))):
            schedules[name].append(batches(list(order)))
    schedules["shuffled once"] = [schedules["a fresh list shuffled"][0]] * epochs
    schedules["last batch dropped"] = [[batch for batch in epoch if len(batch) == batch_size]
                                       for epoch in schedules["the same list reshuffled"]]
    return schedules


def _agrees(learned, replayed):
    try:
        expect(learned, "the training").equals(replayed, tol=1e-9, rel=1e-7)
    except CheckFailed:
        return False
    return True


def check_training_procedure(described, learned, n, epochs, batch_size, seed, replay):
    """Fail unless `learned`, (final parameters, loss after each epoch), is what
    replay(batches of every epoch, biases_move) gives for an accepted shuffle; name the slip
    when it is what a slip gives."""
    schedules = shuffle_schedules(n, epochs, batch_size, seed)
    if any(_agrees(learned, replay(schedules[name], True)) for name in ACCEPTED_SHUFFLES):
        return
    for name, slip in SLIPS.items():
        if _agrees(learned, replay(schedules[name], True)):
            fail(f"{described}, {slip}.")
    if any(_agrees(learned, replay(schedules[name], False)) for name in ACCEPTED_SHUFFLES):
        fail(f"{described}, the weights learned but the biases never moved: every step updates the "
             "biases too.")
    fail(f"{described}, your parameters and losses after each epoch differ from the procedure the "
         "instructions give: start from the stated parameters, shuffle the positions once per epoch "
         "with one random.Random(seed), and make one step per batch (the last one smaller) on that "
         "batch's mean gradient.")


def history_losses(history, epochs, function):
    """The loss of each epoch from a history of {"epoch", "loss", "accuracy"} dicts."""
    if not isinstance(history, (list, tuple)) or not all(isinstance(entry, dict) for entry in history):
        fail(f"The history from `{function}` should be a list of dicts; it is not.")
    expect(len(history), f"the number of entries in the history after {epochs} epochs").equals(epochs, reveal=True)
    numbers = [entry.get("epoch") for entry in history]
    if numbers not in (list(range(1, epochs + 1)), list(range(epochs))):
        fail(f"The epochs in your history are numbered {numbers}: number them 1, 2, … (or 0, 1, …).")
    return [entry.get("loss") for entry in history]


def tiny_digits(rng, count, n_pixels):
    """`count` made-up images of `n_pixels` values in [0, 1] and their labels 0-9."""
    return ([[rng.random() for _ in range(n_pixels)] for _ in range(count)],
            [rng.randrange(10) for _ in range(count)])


def drawn_training_problem(rng):
    """(images, labels, batch_size, seed) drawn from rng, with a last batch smaller than the others."""
    count, batch_size = rng.randint(7, 13), rng.randint(2, 4)
    if count % batch_size == 0:
        count += 1
    images, labels = tiny_digits(rng, count, 4)
    return images, labels, batch_size, rng.randrange(10 ** 6)


# ------------------------------------------------- kinds of values the instructions name

