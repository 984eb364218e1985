def sgd_step(params, grads, learning_rate):
    """Return new parameters: every entry minus learning_rate times its gradient."""
    ...


def predict_digit(params, image):
    """The digit the network gives the highest probability."""
    ...


def evaluate(params, images, labels):
    """Accuracy of the network on the images."""
    ...


def train_network(images, labels, n_hidden, epochs, batch_size, learning_rate, seed):
    """Mini-batch gradient descent from init_network(len(images[0]), n_hidden, 10, seed),
    shuffling with random.Random(seed) every epoch. Return (params, history), history holding
    one {"epoch", "loss", "accuracy"} per epoch on the training images; print each as it comes."""
    ...


def hidden_unit_images(params):
    """The incoming weights of each hidden unit as an 8x8 grid."""
    ...
