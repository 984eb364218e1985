def class_log_priors(labels):
    """Return {label: log of the fraction of labels equal to it}."""
    ...


def word_log_likelihoods(token_lists, labels, vocabulary, alpha=1.0):
    """Return {label: {word: log P(word | label)}} with Laplace smoothing alpha.

    P(w | c) = (N_c(w) + alpha) / (N_c + alpha * len(vocabulary)), counting only
    vocabulary tokens. Every label and every vocabulary word gets an entry.
    """
    ...


def log_scores(tokens, log_priors, log_likelihoods):
    """Return {label: log prior + sum of the log likelihoods of the known tokens}."""
    ...


def predict(tokens, log_priors, log_likelihoods):
    """Return the label with the highest score."""
    ...
