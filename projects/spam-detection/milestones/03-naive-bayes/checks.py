import math

from buildpath.checking import CheckFailed, cached, check, expect, fail, solution, unpredictable_random

TINY_TOKENS = [["win", "cash", "win"], ["lunch", "at", "one"], ["cash", "prize"], ["lunch", "cash"]]
TINY_LABELS = ["spam", "ham", "spam", "ham"]
TINY_VOCABULARY = ["at", "cash", "lunch", "one", "prize", "win"]

HELD_OUT = [
    ("spam", "You have won a 500 voucher, claim it now at https://vouchers.example.com"),
    ("ham", "Could you bring the minutes to the meeting on Thursday?"),
    ("spam", "URGENT: verify your account today at www.account-check.test"),
    ("ham", "Thanks for the lift, see you at the station tomorrow"),
]


def trained_model():
    return cached("03/trained_model", _compute_trained_model)


def _compute_trained_model():
    """The reference model trained on the project's messages."""
    messages = solution.load_messages("data/messages.csv")
    token_lists = [solution.tokenize(text) for _, text in messages]
    labels = [label for label, _ in messages]
    vocabulary = solution.build_vocabulary(token_lists)
    return (token_lists, labels, vocabulary, solution.class_log_priors(labels),
            solution.word_log_likelihoods(token_lists, labels, vocabulary))


@check(task=1)
def priors_are_log_fractions(learner):
    """class_log_priors gives the log of each class's share"""
    priors = learner.function("class_log_priors", params=["labels"])
    given = ["spam", "ham", "ham", "ham"]
    priors.given(given).returns(
        {"spam": math.log(0.25), "ham": math.log(0.75)}, tol=1e-9,
        mistakes=[({"spam": 0.25, "ham": 0.75},
                   "Given ['spam', 'ham', 'ham', 'ham'] you returned the fractions 0.25 and 0.75 "
                   "themselves. Return their logarithms, math.log(fraction): everything in this "
                   "model is added in log space.")])
    priors.given(["x", "y"]).returns({"x": math.log(0.5), "y": math.log(0.5)}, tol=1e-9)


@check(task=2)
def likelihoods_have_no_zero_probabilities(learner):
    """word_log_likelihoods smooths, so no word has probability zero"""
    likelihoods = learner.function(
        "word_log_likelihoods", params=["token_lists", "labels", "vocabulary", "alpha"])
    got = likelihoods.given(TINY_TOKENS, TINY_LABELS, TINY_VOCABULARY, 1.0).value
    for label in ("spam", "ham"):
        if label not in got or set(got[label]) != set(TINY_VOCABULARY):
            fail(f"With the labels spam and ham and a vocabulary of {len(TINY_VOCABULARY)} words "
                 f"you returned entries for {sorted(got)}: give every label an entry for every "
                 "vocabulary word.")
        unseen = [word for word, value in got[label].items() if value is None or value == -math.inf]
        if unseen:
            fail(f"'{unseen[0]}' never occurs in the {label} messages and you gave it log-probability "
                 "-inf (probability 0), so one such word would rule the class out. Add alpha to "
                 "every count: Laplace smoothing.")


@check(task=2)
def likelihoods_of_a_class_add_up_to_one(learner):
    """the smoothed probabilities of each class add up to 1"""
    got = learner.function("word_log_likelihoods").given(
        TINY_TOKENS, TINY_LABELS, TINY_VOCABULARY, 1.0).value
    for label, words in got.items():
        total = sum(math.exp(value) for value in words.values())
        if abs(total - 1) > 1e-6:
            fail(f"The probabilities you gave the words of class {label} add up to {total:.4f}, not 1. "
                 "The denominator must be N_c + alpha * len(vocabulary): the smoothing adds alpha "
                 "for every word of the vocabulary.")


@check(task=2)
def likelihoods_match_the_formula(learner):
    """word_log_likelihoods follows the smoothing formula"""
    likelihoods = learner.function("word_log_likelihoods")
    for alpha in (1.0, 0.5):
        likelihoods.given(TINY_TOKENS, TINY_LABELS, TINY_VOCABULARY, alpha).returns(
            solution.word_log_likelihoods(TINY_TOKENS, TINY_LABELS, TINY_VOCABULARY, alpha), tol=1e-9)
    likelihoods.given([["a", "zzz"]], ["ham"], ["a", "b"], 1.0).returns(
        {"ham": {"a": math.log(2 / 3), "b": math.log(1 / 3)}}, tol=1e-9)


@check(task=2)
def likelihoods_smooth_with_alpha_1_by_default(learner):
    """word_log_likelihoods uses alpha = 1.0 when no alpha is given"""
    likelihoods = learner.function("word_log_likelihoods")
    expected = solution.word_log_likelihoods(TINY_TOKENS, TINY_LABELS, TINY_VOCABULARY, 1.0)
    got = likelihoods.given(TINY_TOKENS, TINY_LABELS, TINY_VOCABULARY).value
    try:
        expect(got, "the likelihoods").equals(expected, tol=1e-9)
    except CheckFailed:
        fail("Called without alpha, word_log_likelihoods gave other values than with alpha=1.0. The "
             "instructions give the default in the signature: def word_log_likelihoods(token_lists, labels, "
             "vocabulary, alpha=1.0).")


@check(task=2, hidden=True)
def likelihoods_on_the_messages(learner):
    """word_log_likelihoods on the project's messages"""
    token_lists, labels, vocabulary, _, expected = trained_model()
    learner.function("word_log_likelihoods").given(token_lists, labels, vocabulary, 1.0).returns(
        expected, tol=1e-9)


@check(task=3)
def scores_add_logs(learner):
    """log_scores adds the prior and the known tokens' log likelihoods"""
    scores = learner.function("log_scores", params=["tokens", "log_priors", "log_likelihoods"])
    priors = {"ham": -0.2, "spam": -1.7}
    words = {"ham": {"hi": -1.0, "win": -4.0}, "spam": {"hi": -3.0, "win": -0.5}}
    scores.given(["hi", "win", "win"], priors, words).returns({"ham": -9.2, "spam": -5.7}, tol=1e-9)
    scores.given(["hi", "stranger"], priors, words).returns({"ham": -1.2, "spam": -4.7}, tol=1e-9)
    scores.given([], priors, words).returns(priors, tol=1e-9)


@check(task=4)
def predict_picks_the_best_score(learner):
    """predict returns the label with the highest score"""
    predict = learner.function("predict", params=["tokens", "log_priors", "log_likelihoods"])
    priors = {"ham": -0.2, "spam": -1.7}
    words = {"ham": {"hi": -1.0, "win": -4.0}, "spam": {"hi": -3.0, "win": -0.5}}
    predict.given(["hi", "win", "win"], priors, words).returns("spam")
    predict.given(["hi"], priors, words).returns("ham")


@check(task=4)
def predict_survives_long_messages(learner):
    """predict works for a message of a thousand tokens"""
    *_, priors, likelihoods = trained_model()
    short = solution.tokenize("Congratulations! Claim your prize now at www.win.test, call 555-0100")
    long = short * 100
    predict = learner.function("predict")
    predict.given(short, priors, likelihoods).returns("spam")
    got = predict.given(long, priors, likelihoods).value
    if got != "spam":
        fail(f"A short spam message came back 'spam', but the same words repeated to {len(long)} "
             f"tokens came back {got!r}. A product of that many probabilities underflows to 0.0 "
             "for every class; add the logarithms instead of multiplying probabilities.")


@check(task=4, hidden=True)
def predict_held_out_messages(learner):
    """predict classifies messages it has not seen"""
    *_, priors, likelihoods = trained_model()
    predict = learner.function("predict")
    for _, text in HELD_OUT:
        tokens = solution.tokenize(text)
        predict.given(tokens, priors, likelihoods).returns(solution.predict(tokens, priors, likelihoods))


@check(task=4, hidden=True)
def naive_bayes_drawn_at_check_time(learner):
    """class_log_priors, word_log_likelihoods, log_scores and predict on messages drawn at check time"""
    rng = unpredictable_random()
    words = ["win", "cash", "now", "hi", "mum", "call", "free", "lunch", "the", "at", "offer", "555"]
    token_lists = [[rng.choice(words) for _ in range(rng.randint(1, 7))] for _ in range(rng.randint(3, 9))]
    labels = [rng.choice(["ham", "spam"]) for _ in token_lists]
    vocabulary = sorted(rng.sample(words, rng.randint(3, len(words))))
    alpha = rng.choice([0.5, 1.0, 2.0])
    priors = solution.class_log_priors(labels)
    likelihoods = solution.word_log_likelihoods(token_lists, labels, vocabulary, alpha)
    learner.function("class_log_priors").given(labels).returns(priors, tol=1e-9)
    learner.function("word_log_likelihoods").given(token_lists, labels, vocabulary, alpha).returns(likelihoods, tol=1e-9)
    message = [rng.choice(words) for _ in range(rng.randint(1, 9))]
    learner.function("log_scores").given(message, priors, likelihoods).returns(
        solution.log_scores(message, priors, likelihoods), tol=1e-9)
    learner.function("predict").given(message, priors, likelihoods).returns(
        solution.predict(message, priors, likelihoods))
