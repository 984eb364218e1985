def shift_row(row, dx):
    if dx >= 0:
        return [0] * dx + row[:len(row) - dx]
    return row[-dx:] + [0] * (-dx)


def shift_image(pixels, dx, dy):
    rows = [shift_row(pixels[r * 8:r * 8 + 8], dx) for r in range(8)]
    blank = [0] * 8
    if dy >= 0:
        rows = [blank] * dy + rows[:8 - dy]
    else:
        rows = rows[-dy:] + [blank] * (-dy)
    return [value for row in rows for value in row]


def accuracy_under_shifts(classify, images, labels, shifts):
    def score(dx, dy):
        predictions = map(classify, (shift_image(image, dx, dy) for image in images))
        return sum(p == y for p, y in zip(predictions, labels)) / len(labels)
    return {(dx, dy): score(dx, dy) for dx, dy in shifts}


def augment_with_shifts(images, labels, shifts):
    copies = [[list(image) for image in images]] + [[shift_image(image, dx, dy) for image in images] for dx, dy in shifts]
    return [image for copy in copies for image in copy], list(labels) * (len(shifts) + 1)
