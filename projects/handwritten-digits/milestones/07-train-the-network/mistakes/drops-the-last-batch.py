# mistake: skips the last batch when it is smaller than batch_size
# expect: the last, smaller batch


def train_network(images, labels, n_hidden, epochs, batch_size, learning_rate, seed):
    """Mini-batch gradient descent from init_network(len(images[0]), n_hidden, 10, seed),
    shuffling with random.Random(seed) every epoch. Return (params, history), history holding
    one {"epoch", "loss", "accuracy"} per epoch on the training images; print each as it comes."""
    params = init_network(len(images[0]), n_hidden, 10, seed)
    rng = random.Random(seed)
    order = list(range(len(images)))
    history = []
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        for start in range(0, len(order) - batch_size + 1, batch_size):
            batch = order[start:start + batch_size]
            grads = backward(params, [images[i] for i in batch], [labels[i] for i in batch])
            params = sgd_step(params, grads, learning_rate)
        loss = network_loss(params, images, labels)
        right = evaluate(params, images, labels)
        history.append({"epoch": epoch, "loss": loss, "accuracy": right})
        print(f"epoch {epoch}/{epochs}: loss {loss:.3f}, training accuracy {right:.3f}")
    return params, history
