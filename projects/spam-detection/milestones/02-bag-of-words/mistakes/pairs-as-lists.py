# mistake: returns each (word, count) pair as a list
# expect: is a list; it should be a tuple


def top_words(token_lists, labels, label, n):
    counts = count_tokens(tokens for tokens, own in zip(token_lists, labels) if own == label)
    return [[word, count] for word, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]]
