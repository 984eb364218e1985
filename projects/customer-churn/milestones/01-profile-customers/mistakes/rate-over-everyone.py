# mistake: divides each group's churners by all the customers instead of the group's size
# expect: divided by every customer instead of by the group's size


def churn_rate_by(rows, column):
    """Return {value: {"customers": n, "churn_rate": rate}} for each value of column."""
    groups = {}
    for row in rows:
        groups.setdefault(row[column], []).append(row)
    return {value: {"customers": len(group), "churn_rate": sum(r["churn"] == "yes" for r in group) / len(rows)}
            for value, group in groups.items()}
