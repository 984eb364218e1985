# mistake: counted the words of every message, whatever its label
# expect: Count only the messages whose label equals


def top_words(token_lists, labels, label, n):
    counts = count_tokens(token_lists)
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]
