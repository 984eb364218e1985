def nearest_labels(train_images, train_labels, image, k):
    """Labels of the k training images nearest to image, nearest first; of two
    training images at the same distance, the earlier one comes first."""
    ...


def majority_vote(labels):
    """The most common label; on a tie, the tied label that occurs first in labels."""
    ...


def knn_predict(train_images, train_labels, image, k):
    """Predict the label of image by a majority vote of its k nearest training images."""
    ...


def choose_k(train_images, train_labels, validation_images, validation_labels, candidates):
    """Return (best_k, accuracies): accuracies maps each candidate k to the accuracy on the
    validation images; best_k has the highest accuracy, the smallest such k on a tie."""
    ...
