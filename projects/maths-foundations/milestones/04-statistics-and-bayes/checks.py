import math
import random

from buildpath.checking import CheckFailed, check, fail, solution, unpredictable_random
from checks_support import exact_type, explaining

HIDDEN_SEED = unpredictable_random().randrange(1, 2 ** 31)  # drawn afresh for every check job
SAMPLE_RULE = ("That is the population variance (dividing by n). The sample variance divides the "
               "sum of squared deviations by n - 1.")
POPULATION_RULE = ("That is the sample variance (dividing by n - 1). The population variance is the "
                   "plain mean of the squared deviations: divide by n.")


def prices():
    return solution.read_prices("data/ames-sample.csv")


def emails():
    return solution.read_emails("data/spam-words.csv")


def random_values(seed, count):
    rng = random.Random(seed)
    return [rng.gauss(180_000, 60_000) for _ in range(count)]


def random_table(rng):
    return {label: {"with": rng.randint(1, 60), "without": rng.randint(1, 200)} for label in ("spam", "nonspam")}


@check(task=1)
def mean_of_short_lists(learner):
    """mean averages a few numbers"""
    mean = learner.function("mean", params=["values"])
    mean.given([2, 3, 7]).returns(4.0, tol=1e-12)
    mean.given([215000.0, 212000.0, 184000.0, 259000.0]).returns(217500.0, tol=1e-9)


@check(task=1, hidden=True)
def mean_of_unseen_values(learner):
    """mean works on values it has not seen"""
    values = random_values(HIDDEN_SEED, 75)
    explaining("The mean is the sum of the values over their number.",
               lambda: learner.function("mean").given(values).returns(solution.mean(values), rel=1e-12))


@check(task=2)
def the_two_variances(learner):
    """population_variance divides by n, sample_variance by n - 1"""
    population = learner.function("population_variance", params=["values"])
    sample = learner.function("sample_variance", params=["values"])
    values = [2, 4, 4, 4, 5, 5, 7, 9]  # mean 5, squared deviations add up to 32
    population.given(values).returns(4.0, tol=1e-12, mistakes=[(32 / 7, POPULATION_RULE)])
    sample.given(values).returns(32 / 7, tol=1e-12, mistakes=[(4.0, SAMPLE_RULE)])
    population.given([10, 10, 10]).returns(0.0, tol=1e-12)
    sample.given([1.5, 2.5]).returns(0.5, tol=1e-12, mistakes=[(0.25, SAMPLE_RULE)])


@check(task=2)
def one_value_has_no_sample_variance(learner):
    """sample_variance refuses a single value, or none, with ValueError"""
    sample = learner.function("sample_variance", params=["values"])
    for values in ([42.0], []):
        refuses_with_value_error(sample, values)


def refuses_with_value_error(sample, values):
    given = f"sample_variance({values!r})"
    try:
        sample.given(values)
    except CheckFailed as failure:
        if "ValueError" in str(failure):
            return
        if "ZeroDivisionError" in str(failure):
            fail(f"{given} divided by zero{' (n - 1 = 0)' if values else ''}: with fewer than two values (one, or none at all) there is no sample "
                 "variance. Check len(values) < 2 first and raise ValueError.")
        fail(f"{given} should raise ValueError.\n{failure}")
    fail(f"{given} returned a value; with fewer than two values there is no sample variance: raise ValueError.")


@check(task=2, hidden=True)
def variances_of_the_prices(learner):
    """both variances work on the 200 prices"""
    values = prices()
    learner.function("population_variance").given(values).returns(
        solution.population_variance(values), rel=1e-9, mistakes=[(solution.sample_variance(values), POPULATION_RULE)])
    learner.function("sample_variance").given(values).returns(
        solution.sample_variance(values), rel=1e-9, mistakes=[(solution.population_variance(values), SAMPLE_RULE)])


@check(task=3)
def standard_deviation_follows_the_flag(learner):
    """standard_deviation takes the root of the variance the flag names"""
    std = learner.function("standard_deviation", params=["values", "sample"])
    ignored = "standard_deviation gave the same answer for sample=True and sample=False: use the flag to choose the variance."
    values = [2, 4, 4, 4, 5, 5, 7, 9]
    std.given(values, False).returns(2.0, tol=1e-12, mistakes=[(math.sqrt(32 / 7), ignored)])
    std.given(values, True).returns(math.sqrt(32 / 7), tol=1e-12, mistakes=[(2.0, ignored)])
    std.given(values, sample=True).satisfies(lambda s: abs(s - 4.0) > 1e-6, "the standard deviation (take the square root of the variance)")


@check(task=3, hidden=True)
def standard_deviation_of_unseen_values(learner):
    """standard_deviation works on values it has not seen"""
    values = random_values(HIDDEN_SEED + 1, 40)
    for flag in (True, False):
        explaining("standard_deviation is the square root of the sample variance for sample=True, of the population variance for False.",
                   lambda: learner.function("standard_deviation").given(values, flag).returns(
                       solution.standard_deviation(values, flag), rel=1e-9))


@check(task=4)
def table_of_a_few_emails(learner):
    """contingency_table counts e-mails with and without the word, by label"""
    table = learner.function("contingency_table", params=["emails", "word"])
    few = [
        {"free": 0.5, "hp": 0.0, "type": "spam"},
        {"free": 0.0, "hp": 1.2, "type": "nonspam"},
        {"free": 0.0, "hp": 0.0, "type": "spam"},
        {"free": 2.0, "hp": 0.3, "type": "nonspam"},
        {"free": 0.1, "hp": 0.0, "type": "spam"},
    ]
    table.given(few, "free").returns({"spam": {"with": 2, "without": 1}, "nonspam": {"with": 1, "without": 1}})
    table.given(few, "hp").returns({"spam": {"with": 0, "without": 3}, "nonspam": {"with": 2, "without": 0}})
    exact_type(table.given(few, "free").value["spam"]["with"], int, 'The "with" count of spam e-mails',
               "It counts e-mails, a whole number: start each count at 0 and add 1.")


@check(task=4, hidden=True)
def table_of_the_emails(learner):
    """contingency_table counts the 201 e-mails"""
    for word in ("free", "george", "your"):
        explaining("Each e-mail counts once: under its type, as with the word when its frequency is above 0, else without.",
                   lambda: learner.function("contingency_table").given(emails(), word).returns(solution.contingency_table(emails(), word)))


@check(task=5)
def probabilities_from_a_table(learner):
    """p_label and p_word_given read shares off the table"""
    table = {"spam": {"with": 30, "without": 10}, "nonspam": {"with": 6, "without": 54}}
    learner.function("p_label", params=["table", "label"]).given(table, "spam").returns(0.4, tol=1e-12)
    learner.function("p_label").given(table, "nonspam").returns(0.6, tol=1e-12)
    swapped = ("That is P(label | word), the share of e-mails with the word that have the label. P(word | label) "
               "is the share of e-mails with the label that contain the word.")
    given = learner.function("p_word_given", params=["table", "label"])
    given.given(table, "spam").returns(0.75, tol=1e-12, mistakes=[(30 / 36, swapped)])
    given.given(table, "nonspam").returns(0.1, tol=1e-12, mistakes=[(6 / 36, swapped)])


@check(task=5)
def bayes_rule_on_a_table(learner):
    """p_spam_given_word applies Bayes' rule"""
    bayes = learner.function("p_spam_given_word", params=["table"])
    table = {"spam": {"with": 30, "without": 10}, "nonspam": {"with": 6, "without": 54}}
    no_evidence = ("That is P(word | spam) times P(spam), the numerator alone: divide it by P(word), "
                   "the sum of that term for spam and for nonspam.")
    likelihood = "That is P(word | spam); Bayes' rule turns it around into P(spam | word)."
    bayes.given(table).returns(30 / 36, tol=1e-12, mistakes=[(0.3, no_evidence), (0.75, likelihood)])
    table = {"spam": {"with": 1, "without": 9}, "nonspam": {"with": 9, "without": 81}}
    bayes.given(table).returns(0.1, tol=1e-12, mistakes=[(0.01, no_evidence)])


@check(task=5, hidden=True)
def bayes_rule_on_unseen_tables(learner):
    """p_spam_given_word agrees with counting, on tables it has not seen"""
    rng = random.Random(HIDDEN_SEED + 2)
    for _ in range(8):
        table = random_table(rng)
        counted = table["spam"]["with"] / (table["spam"]["with"] + table["nonspam"]["with"])
        got = learner.function("p_spam_given_word").given(table).value
        if not isinstance(got, (int, float)) or abs(got - counted) > 1e-9:
            fail("On a table it has not seen, p_spam_given_word differs from the share of e-mails with the word "
                 "that are spam, which Bayes' rule must give: check P(word), the denominator.")
