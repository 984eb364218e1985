# Attack: ends checking with SystemExit from inside a function the checks call
# A function that calls exit() instead of returning must give a clear non-pass verdict, not an
# early end that reads as success.
# Over: wrong-answer.py
import sys


def class_centroids(images, labels):
    sys.exit(0)


def distance(a, b):
    raise SystemExit("done")
