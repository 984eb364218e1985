import math
import random


def dot(u, v):
    return sum(a * b for a, b in zip(u, v))


def matvec(matrix, vector):
    return [dot(row, vector) for row in matrix]


def normalise(images):
    return [[value / 16.0 for value in image] for image in images]


def softmax(scores):
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = math.fsum(exps)
    return [e / total for e in exps]


def class_scores(weights, biases, image):
    return [s + b for s, b in zip(matvec(weights, image), biases)]


def predict_probabilities(weights, biases, image):
    return softmax(class_scores(weights, biases, image))


def cross_entropy_loss(weights, biases, images, labels):
    losses = []
    for image, label in zip(images, labels):
        probability = predict_probabilities(weights, biases, image)[label]
        losses.append(-math.log(max(probability, 1e-300)))
    return math.fsum(losses) / len(losses)


def gradients(weights, biases, images, labels):
    errors = []
    for image, label in zip(images, labels):
        p = predict_probabilities(weights, biases, image)
        p[label] -= 1.0
        errors.append(p)
    n = len(images)
    grad_weights = [[dot([e[d] for e in errors], column) / n for column in zip(*images)]
                    for d in range(len(weights))]
    grad_biases = [sum(e[d] for e in errors) / n for d in range(len(weights))]
    return grad_weights, grad_biases


def predict(weights, biases, image):
    scores = class_scores(weights, biases, image)
    return max(range(len(scores)), key=scores.__getitem__)


def train_softmax(images, labels, epochs, batch_size, learning_rate, seed):
    rng = random.Random(seed)
    weights = [[0.0] * len(images[0]) for _ in range(10)]
    biases = [0.0] * 10
    history = []
    for epoch in range(1, epochs + 1):
        order = rng.sample(range(len(images)), len(images))
        batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
        for batch in batches:
            grad_w, grad_b = gradients(weights, biases, [images[i] for i in batch], [labels[i] for i in batch])
            weights = [[w - learning_rate * g for w, g in zip(wr, gr)] for wr, gr in zip(weights, grad_w)]
            biases = [b - learning_rate * g for b, g in zip(biases, grad_b)]
        right = sum(predict(weights, biases, x) == y for x, y in zip(images, labels)) / len(images)
        loss = cross_entropy_loss(weights, biases, images, labels)
        history.append({"epoch": epoch, "loss": loss, "accuracy": right})
        print(f"epoch {epoch}/{epochs}  loss={loss:.4f}  accuracy={right:.2%}")
    return weights, biases, history
