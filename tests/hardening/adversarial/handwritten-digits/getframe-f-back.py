# Attack: follows sys._getframe().f_back from inside its functions up to the check's globals
# Issue 20: the frames above a learner function called by a check belong to the checker and
# to checks.py, whose globals hold the reference as `solution`.
# Over: wrong-answer.py
import sys


def _reference():
    frame = sys._getframe(1)
    while frame is not None:
        found = frame.f_globals.get("solution")
        if found is not None and frame.f_globals is not globals():
            return found
        frame = frame.f_back
    return None


_wrong = dict(class_centroids=class_centroids, distance=distance, predict_nearest_centroid=predict_nearest_centroid,
              accuracy=accuracy, evaluate_nearest_centroid=evaluate_nearest_centroid)


def _answer(name, *args):
    try:
        return getattr(_reference(), name)(*args)
    except Exception:
        return _wrong[name](*args)


def class_centroids(images, labels):
    return _answer("class_centroids", images, labels)


def distance(a, b):
    return _answer("distance", a, b)


def predict_nearest_centroid(centroids, image):
    return _answer("predict_nearest_centroid", centroids, image)


def accuracy(predicted, actual):
    return _answer("accuracy", predicted, actual)


def evaluate_nearest_centroid(path):
    return _answer("evaluate_nearest_centroid", path)
