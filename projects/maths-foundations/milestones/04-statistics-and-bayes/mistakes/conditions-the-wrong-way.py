# mistake: divides by the e-mails with the word instead of the e-mails with the label
# expect: That is P(label | word)


def p_word_given(table, label):
    """Return P(word | label): the share of the e-mails with that label that contain the word."""
    return table[label]["with"] / (table["spam"]["with"] + table["nonspam"]["with"])
