# mistake: decides each column's type from the first row only
# expect: a column that starts with numbers may hold text further down


def column_types(rows):
    """Return {column: "number" or "text"}: "number" only when every row holds a float there."""
    return {name: "number" if isinstance(value, float) else "text" for name, value in rows[0].items()}
