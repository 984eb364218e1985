def load_customers(path):
    """Return one dict per customer, in file order, every value passed through parse_value."""
    ...


def column_types(rows):
    """Return {column: "number" or "text"}: "number" only when every row holds a float there."""
    ...


def churn_rate(rows):
    """Return the fraction of rows whose "churn" is "yes"."""
    ...


def churn_rate_by(rows, column):
    """Return {value: {"customers": n, "churn_rate": rate}} for each value of column."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    customers = load_customers(DATA_PATH)
    print(len(customers), "customers; churn rate", churn_rate(customers))
    show.table([{"column": name, "type": kind} for name, kind in column_types(customers).items()],
               title="Column types")
    calls = churn_rate_by(customers, "number_customer_service_calls")
    show.bar([str(int(value)) for value in sorted(calls)], [calls[value]["churn_rate"] for value in sorted(calls)],
             title="Churn rate by customer-service calls", x_label="calls", y_label="churn rate")
