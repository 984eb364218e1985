# mistake: takes the log of the probabilities without clipping them
# expect: crashed on log(0)


def log_loss(labels, probabilities):
    return -sum(y * math.log(p) + (1 - y) * math.log(1 - p)
                for y, p in zip(labels, probabilities)) / len(labels)
