def mean(values):
    """Return the arithmetic mean."""
    ...


def population_variance(values):
    """Return the mean squared deviation from the mean (divide by n)."""
    ...


def sample_variance(values):
    """Return the sample variance (divide by n - 1); raise ValueError for fewer than two values."""
    ...


def standard_deviation(values, sample):
    """Return the square root of the sample variance if sample is True, else of the population variance."""
    ...


def contingency_table(emails, word):
    """Return {"spam": {"with": n, "without": n}, "nonspam": {...}}: e-mails with the word (frequency > 0) or without."""
    ...


def p_label(table, label):
    """Return P(label): the share of all e-mails that have the label."""
    ...


def p_word_given(table, label):
    """Return P(word | label): the share of the e-mails with that label that contain the word."""
    ...


def p_spam_given_word(table):
    """Return P(spam | word) by Bayes' rule from P(word | spam), P(spam), P(word | nonspam) and P(nonspam)."""
    ...
