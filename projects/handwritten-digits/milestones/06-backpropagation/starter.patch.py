def init_network(n_inputs, n_hidden, n_outputs, seed):
    """Random weights (Gaussian, standard deviation 1/sqrt(inputs of the layer)) drawn from
    random.Random(seed), zero biases: a dict with W1 (n_hidden x n_inputs), b1, W2
    (n_outputs x n_hidden) and b2."""
    ...


def forward(params, image):
    """Return (hidden, probabilities): hidden = tanh(W1 x + b1), probabilities = softmax(W2 h + b2)."""
    ...


def network_loss(params, images, labels):
    """Mean cross-entropy of the network over the images."""
    ...


def backward(params, images, labels):
    """Gradients of network_loss by backpropagation: a dict with the same keys and shapes as params."""
    ...


def numerical_gradient(params, images, labels, name, row, column=None, epsilon=1e-5):
    """Central difference of network_loss for params[name][row][column] (or params[name][row]
    for a bias, column None). Leaves params as it found them."""
    ...


def gradient_check(params, images, labels, grads, epsilon=1e-5):
    """The largest relative difference |g - n| / max(|g| + |n|, 1e-8) between grads and the
    numerical gradient, over every weight and bias."""
    ...
