import copy
import math
import random


def softmax(scores):
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def init_network(n_inputs, n_hidden, n_outputs, seed):
    rng = random.Random(seed)
    W1 = [[rng.gauss(0, 1 / math.sqrt(n_inputs)) for _ in range(n_inputs)] for _ in range(n_hidden)]
    W2 = [[rng.gauss(0, 1 / math.sqrt(n_hidden)) for _ in range(n_hidden)] for _ in range(n_outputs)]
    return {"W1": W1, "b1": [0.0] * n_hidden, "W2": W2, "b2": [0.0] * n_outputs}


def forward(params, image):
    hidden = [math.tanh(sum(w * x for w, x in zip(row, image)) + b) for row, b in zip(params["W1"], params["b1"])]
    scores = [sum(w * h for w, h in zip(row, hidden)) + b for row, b in zip(params["W2"], params["b2"])]
    return hidden, softmax(scores)


def network_loss(params, images, labels):
    return sum(-math.log(max(forward(params, x)[1][y], 1e-300)) for x, y in zip(images, labels)) / len(images)


def backward(params, images, labels):
    grads = {name: copy.deepcopy(value) for name, value in params.items()}
    for name, value in grads.items():
        grads[name] = [[0.0] * len(v) for v in value] if isinstance(value[0], list) else [0.0] * len(value)
    columns = list(zip(*params["W2"]))
    for x, y in zip(images, labels):
        h, p = forward(params, x)
        d2 = [pk - (k == y) for k, pk in enumerate(p)]
        d1 = [(1 - hk * hk) * sum(c * e for c, e in zip(column, d2)) for hk, column in zip(h, columns)]
        for layer, error, inputs in (("2", d2, h), ("1", d1, x)):
            for k, e in enumerate(error):
                grads["b" + layer][k] += e / len(images)
                grads["W" + layer][k] = [g + e * v / len(images) for g, v in zip(grads["W" + layer][k], inputs)]
    return grads


def sgd_step(params, grads, learning_rate):
    new = copy.deepcopy(params)
    for name, value in new.items():
        for i, entry in enumerate(value):
            if isinstance(entry, list):
                for j in range(len(entry)):
                    entry[j] -= learning_rate * grads[name][i][j]
            else:
                value[i] -= learning_rate * grads[name][i]
    return new


def predict_digit(params, image):
    probabilities = forward(params, image)[1]
    return max(range(len(probabilities)), key=lambda digit: probabilities[digit])


def evaluate(params, images, labels):
    hits = [predict_digit(params, x) == y for x, y in zip(images, labels)]
    return sum(hits) / len(hits)


def batches(order, size):
    for start in range(0, len(order), size):
        yield order[start:start + size]


def train_network(images, labels, n_hidden, epochs, batch_size, learning_rate, seed):
    params = init_network(len(images[0]), n_hidden, 10, seed)
    shuffler = random.Random(seed)
    history = []
    for epoch in range(epochs):
        order = list(range(len(images)))
        shuffler.shuffle(order)
        for batch in batches(order, batch_size):
            grads = backward(params, [images[i] for i in batch], [labels[i] for i in batch])
            params = sgd_step(params, grads, learning_rate)
        history.append({"epoch": epoch + 1, "loss": network_loss(params, images, labels),
                        "accuracy": evaluate(params, images, labels)})
        print("epoch {epoch}: loss {loss:.4f}  accuracy {accuracy:.1%}".format(**history[-1]))
    return params, history


def hidden_unit_images(params):
    return [[weights[start:start + 8] for start in range(0, 64, 8)] for weights in params["W1"]]
