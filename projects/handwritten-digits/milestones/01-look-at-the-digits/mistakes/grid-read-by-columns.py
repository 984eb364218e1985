# mistake: fills the grid column by column, so every digit comes out transposed
# expect: you read the pixels down the columns


def to_grid(pixels):
    return [[pixels[column * 8 + row] for column in range(8)] for row in range(8)]
