# mistake: keeps an alpha whose score equals the best so far, so a tie goes to the last one
# expect: on a tie return the earliest alpha in the list


def choose_alpha(X, y, alphas, k, seed):
    """Return the alpha with the lowest cross-validated RMSE (the last one on a tie)."""
    best, best_score = None, None
    for alpha in alphas:
        score = cross_validate(X, y, alpha, k, seed)
        if best_score is None or score <= best_score:
            best, best_score = alpha, score
    return best
