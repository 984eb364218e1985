# mistake: marks whether a word is present instead of counting it
# expect: that marks presence only


def bag_of_words(tokens, vocabulary):
    present = set(tokens)
    return [1 if word in present else 0 for word in vocabulary]
