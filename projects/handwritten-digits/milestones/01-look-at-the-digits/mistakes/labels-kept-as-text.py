# mistake: keeps the values read from the file as strings
# expect: that is text straight from the file


def load_digits(path):
    images = []
    labels = []
    with open(path, newline="") as file:
        rows = csv.reader(file)
        next(rows)
        for row in rows:
            images.append(row[:64])
            labels.append(row[64])
    return images, labels


def class_counts(labels):
    counts = {digit: 0 for digit in range(10)}
    for label in labels:
        counts[int(label)] += 1
    return counts
