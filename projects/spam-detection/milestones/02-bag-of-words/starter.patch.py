del count_tokens


def build_vocabulary(token_lists, min_count=1):
    """Return the sorted list of tokens occurring at least min_count times in token_lists."""
    ...


def bag_of_words(tokens, vocabulary):
    """Return a list of counts: position j is how often vocabulary[j] occurs in tokens."""
    ...


def top_words(token_lists, labels, label, n):
    """Return the n most frequent (word, count) pairs of the messages labelled `label`.

    Most frequent first; ties in alphabetical order.
    """
    ...


def plot_top_words(pairs, title):
    """Draw (word, count) pairs with show.bar, x_label "word" and y_label "count"."""
    ...
