# mistake: Counter.most_common keeps tied words in the order they were first seen, not alphabetical
# expect: Words with the same count go in alphabetical order: sort by (-count, word).
import collections


def top_words(token_lists, labels, label, n):
    """Return the n most frequent (word, count) pairs of the messages labelled `label`."""
    counts = collections.Counter(token for tokens, own in zip(token_lists, labels) if own == label
                                 for token in tokens)
    return counts.most_common(n)
