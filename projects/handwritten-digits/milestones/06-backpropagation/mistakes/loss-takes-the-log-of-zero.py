# mistake: takes math.log of the probability itself, which is log(0) for a network sure of the wrong digit
# expect: math.log(0) is undefined


def network_loss(params, images, labels):
    total = 0.0
    for image, label in zip(images, labels):
        _, probabilities = forward(params, image)
        total -= math.log(probabilities[label])
    return total / len(images)
