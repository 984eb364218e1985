# mistake: converts the values with float(...), so pixels and labels come back as 3.0, not 3
# expect: both should be integers


def load_digits(path):
    images = []
    labels = []
    with open(path, newline="") as file:
        rows = csv.reader(file)
        next(rows)
        for row in rows:
            images.append([float(value) for value in row[:64]])
            labels.append(float(row[64]))
    return images, labels


def class_counts(labels):
    counts = {digit: 0 for digit in range(10)}
    for label in labels:
        counts[int(label)] += 1
    return counts
