# mistake: returns the numerator of Bayes' rule without dividing by P(word)
# expect: the numerator alone


def p_spam_given_word(table):
    """Return P(spam | word) by Bayes' rule from P(word | spam), P(spam), P(word | nonspam) and P(nonspam)."""
    return p_word_given(table, "spam") * p_label(table, "spam")
