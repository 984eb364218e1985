from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import expect_kinds

HELD_OUT = [
    ["claim", "your", "<num>", "prize", "at", "<url>"],
    ["see", "you", "at", "the", "station", "at", "<num>"],
    ["claim", "now", "<url>"],
    ["the", "minutes", "are", "in", "the", "shared", "folder"],
    ["free", "free", "free", "<num>"],
]
HELD_OUT_LABELS = ["spam", "ham", "spam", "ham", "spam"]
FRUIT = [["pear", "apple", "kiwi", "fig"], ["plum", "date", "apple", "lime", "yam", "pear"]]


def project_token_lists():
    return cached("02/project_token_lists", _compute_project_token_lists)


def _compute_project_token_lists():
    messages = solution.load_messages("data/messages.csv")
    return [solution.tokenize(text) for _, text in messages], [label for label, _ in messages]


@check(task=1)
def vocabulary_is_sorted_and_distinct(learner):
    """build_vocabulary returns each token once, sorted"""
    build = learner.function("build_vocabulary", params=["token_lists", "min_count"])
    got = build.given(FRUIT, 1).value
    if sorted(set(got)) == sorted(got) and list(got) != sorted(got):
        fail(f"Given eight different fruit names you returned {got!r}: the right "
             "words, but not sorted. Return sorted(...) so every run uses the same order.")
    if len(set(got)) != len(got):
        fail(f"Given eight different fruit names you returned {got!r}: some "
             "words appear more than once. The vocabulary lists each distinct token once.")
    build.given(FRUIT, 1).returns(sorted(set(FRUIT[0] + FRUIT[1])))
    expect_kinds(got, sorted(set(FRUIT[0] + FRUIT[1])), "what `build_vocabulary` returned",
                 "the instructions ask for a sorted list, which sorted(...) gives.")


@check(task=1)
def vocabulary_respects_min_count(learner):
    """build_vocabulary drops tokens seen fewer than min_count times"""
    build = learner.function("build_vocabulary")
    build.given([["x", "y", "x"], ["z", "x", "y"]], 2).returns(["x", "y"])
    build.given([["x", "y", "x"], ["z", "x", "y"]], 3).returns(["x"])
    build.given([["x", "y"]]).returns(["x", "y"])


@check(task=2)
def bag_of_words_counts_repeats(learner):
    """bag_of_words counts how often each vocabulary word occurs"""
    bag = learner.function("bag_of_words", params=["tokens", "vocabulary"])
    got = bag.given(["win", "cash", "win", "win"], ["cash", "prize", "win"]).value
    if list(got) == [1, 0, 1]:
        fail("Given the tokens ['win', 'cash', 'win', 'win'] and the vocabulary "
             "['cash', 'prize', 'win'] you returned [1, 0, 1]: that marks presence only. "
             "The bag of words counts how many times each word occurs.")
    bag.given(["win", "cash", "win", "win"], ["cash", "prize", "win"]).returns([1, 0, 3])
    expect_kinds(got, [1, 0, 3], "what `bag_of_words` returned",
                 "the instructions ask for a list of counts, whole numbers (ints).")


@check(task=2)
def bag_of_words_ignores_unknown_tokens(learner):
    """bag_of_words skips tokens that are not in the vocabulary"""
    bag = learner.function("bag_of_words")
    bag.given(["hello", "stranger"], ["hello", "world"]).returns([1, 0])
    bag.given([], ["a", "b", "c"]).returns([0, 0, 0])
    bag.given(["a", "b"], ["a", "b"]).leaves_arguments_unchanged()


@check(task=2, hidden=True)
def bag_of_words_on_held_out_messages(learner):
    """bag_of_words on messages it has not seen"""
    vocabulary = solution.build_vocabulary(HELD_OUT)
    bag = learner.function("bag_of_words")
    for tokens in HELD_OUT:
        bag.given(tokens, vocabulary).returns(solution.bag_of_words(tokens, vocabulary))


@check(task=3)
def top_words_counts_one_class(learner):
    """top_words counts only the messages of the requested class"""
    top = learner.function("top_words", params=["token_lists", "labels", "label", "n"])
    got = [tuple(pair) for pair in top.given(HELD_OUT, HELD_OUT_LABELS, "ham", 2).value]
    if got == solution.top_words(HELD_OUT, ["ham"] * len(HELD_OUT), "ham", 2):
        fail(f"Asked for the top words of 'ham' you returned {got!r}, counting the spam messages "
             "too. Count only the messages whose label equals the label asked for.")
    top.given(HELD_OUT, HELD_OUT_LABELS, "ham", 2).returns([("the", 3), ("at", 2)])


@check(task=3)
def top_words_breaks_ties_alphabetically(learner):
    """top_words puts the most frequent first and breaks ties alphabetically"""
    top = learner.function("top_words")
    first_seen = ("Given the tokens ['b', 'c', 'a', 'c'] you returned ('b', 1) before ('a', 1). Words with the "
                  "same count go in alphabetical order: sort by (-count, word). (Counter.most_common keeps tied "
                  "words in the order they were first seen.)")
    top.given([["b", "c", "a", "c"]], ["spam"], "spam", 3).returns([("c", 2), ("a", 1), ("b", 1)], mistakes=[
        ([("c", 2), ("b", 1), ("a", 1)], first_seen)])
    top.given([["yak", "emu", "emu", "ant", "yak", "ant"]], ["ham"], "ham", 2).returns(
        [("ant", 2), ("emu", 2)], mistakes=[
            ([("yak", 2), ("emu", 2)], "Given the tokens ['yak', 'emu', 'emu', 'ant', 'yak', 'ant'], three words "
                                       "tie on 2 and you returned yak and emu: ties go in alphabetical order, "
                                       "so ant and emu.")])
    got = top.given([["b", "c", "a", "c"]], ["spam"], "spam", 3).value
    for pair in got:
        expect(pair, f"each (word, count) you return, such as {pair!r},").is_instance(tuple)
    expect_kinds(got, [("c", 2), ("a", 1), ("b", 1)], "what `top_words` returned",
                 "the instructions ask for a list of (word, count) tuples with whole-number (int) counts.")


@check(task=3, hidden=True)
def top_words_of_the_messages(learner):
    """top_words on the project's messages"""
    token_lists, labels = project_token_lists()
    top = learner.function("top_words")
    for label in ("spam", "ham"):
        top.given(token_lists, labels, label, 10).returns(
            solution.top_words(token_lists, labels, label, 10))


@check(task=4)
def plot_top_words_draws_a_bar_chart(learner):
    """plot_top_words draws the pairs as a bar chart"""
    learner.function("plot_top_words", params=["pairs", "title"]).given(
        [("claim", 9), ("free", 4)], "Spam words")
    shown = learner.shown("bar", title="Spam words")
    expect(list(shown.get("labels", [])), "the bar labels").equals(["claim", "free"], reveal=True)
    expect(list(shown.get("values", [])), "the bar values").equals([9, 4], reveal=True)
    if shown.get("x_label") != "word" or shown.get("y_label") != "count":
        fail(f"The bar chart's axis labels are {shown.get('x_label')!r} and {shown.get('y_label')!r}; "
             'use x_label="word" and y_label="count".')


@check(task=3, hidden=True)
def words_drawn_at_check_time(learner):
    """build_vocabulary, bag_of_words and top_words on messages drawn at check time"""
    rng = unpredictable_random()
    words = ["win", "cash", "now", "hi", "mum", "call", "free", "lunch", "the", "at", "offer", "555"]
    token_lists = [[rng.choice(words) for _ in range(rng.randint(1, 7))] for _ in range(rng.randint(3, 9))]
    labels = [rng.choice(["ham", "spam"]) for _ in token_lists]
    min_count = rng.randint(1, 3)
    vocabulary = solution.build_vocabulary(token_lists, min_count)
    learner.function("build_vocabulary").given(token_lists, min_count).returns(vocabulary)
    learner.function("bag_of_words").given(token_lists[0], vocabulary).returns(
        solution.bag_of_words(token_lists[0], vocabulary))
    n = rng.randint(1, 6)
    learner.function("top_words").given(token_lists, labels, labels[0], n).returns(
        solution.top_words(token_lists, labels, labels[0], n))
