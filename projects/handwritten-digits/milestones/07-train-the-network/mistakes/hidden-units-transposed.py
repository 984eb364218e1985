# mistake: fills each hidden unit's picture column by column
# expect: your pictures are transposed


def hidden_unit_images(params):
    """The incoming weights of each hidden unit as an 8x8 grid."""
    return [[[row[c * 8 + r] for c in range(8)] for r in range(8)] for row in params["W1"]]
