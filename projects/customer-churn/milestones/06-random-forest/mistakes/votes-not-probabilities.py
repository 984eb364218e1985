# mistake: averages the members' 0/1 predictions instead of their probabilities
# expect: average the members' probabilities, not their 0/1 predictions


def forest_proba(forest, x):
    """The mean of the members' probabilities, each member seeing only its features of x."""
    return sum(predict(member["tree"], [x[j] for j in member["features"]]) for member in forest) / len(forest)
