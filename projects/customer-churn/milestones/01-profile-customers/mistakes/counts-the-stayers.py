# mistake: counts the customers who stayed instead of those who left
# expect: That is the share of customers who stayed
# check: churn_rate counts the customers who left


def churn_rate(rows):
    """Return the fraction of rows whose "churn" is "yes"."""
    return sum(1 for row in rows if row["churn"] == "no") / len(rows)
