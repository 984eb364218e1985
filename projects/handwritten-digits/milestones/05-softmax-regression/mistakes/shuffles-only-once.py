# mistake: shuffles before the first epoch only, then repeats that order
# expect: went through the images in the same order


def train_softmax(images, labels, epochs, batch_size, learning_rate, seed):
    """Mini-batch gradient descent from zero weights. Return (weights, biases, history) where
    history has one dict {"epoch", "loss", "accuracy"} per epoch, measured on the training images."""
    n_classes, n_pixels = 10, len(images[0])
    weights = [[0.0] * n_pixels for _ in range(n_classes)]
    biases = [0.0] * n_classes
    rng = random.Random(seed)
    order = list(range(len(images)))
    history = []
    rng.shuffle(order)
    for epoch in range(1, epochs + 1):
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            grad_weights, grad_biases = gradients(weights, biases, [images[i] for i in batch], [labels[i] for i in batch])
            for d in range(n_classes):
                weights[d] = [w - learning_rate * g for w, g in zip(weights[d], grad_weights[d])]
                biases[d] -= learning_rate * grad_biases[d]
        loss = cross_entropy_loss(weights, biases, images, labels)
        right = accuracy([predict(weights, biases, image) for image in images], labels)
        history.append({"epoch": epoch, "loss": loss, "accuracy": right})
        print(f"epoch {epoch}: loss {loss:.3f}, training accuracy {right:.3f}")
    return weights, biases, history
