def normalise(images):
    """Return new images with every pixel divided by 16, so values lie in [0, 1]."""
    ...


def softmax(scores):
    """Turn a list of scores into probabilities that sum to 1, without overflowing."""
    ...


def class_scores(weights, biases, image):
    """W x + b: one score per class; weights has one row of len(image) numbers per class."""
    ...


def predict_probabilities(weights, biases, image):
    """softmax(W x + b)."""
    ...


def cross_entropy_loss(weights, biases, images, labels):
    """Mean of -log(probability given to the right label) over the images, computed as
    log(sum(exp(s))) - s[label] so that a very wrong model gives a large loss, not log(0)."""
    ...


def gradients(weights, biases, images, labels):
    """Gradients of cross_entropy_loss: (grad_weights, grad_biases), same shapes as the parameters."""
    ...


def predict(weights, biases, image):
    """The class with the highest probability."""
    ...


def train_softmax(images, labels, epochs, batch_size, learning_rate, seed):
    """Mini-batch gradient descent from zero weights. Return (weights, biases, history) where
    history has one dict {"epoch", "loss", "accuracy"} per epoch, measured on the training images."""
    ...
