# mistake: divides the totals with //, which rounds the mean down to a whole number
# expect: not //, which rounds down


def mean_price_by(rows, name):
    """Return {value: the mean Sale_Price of the rows with that value}."""
    totals = {}
    for row in rows:
        totals[row[name]] = totals.get(row[name], 0) + row["Sale_Price"]
    counts = count_by(rows, name)
    return {value: totals[value] // counts[value] for value in totals}
