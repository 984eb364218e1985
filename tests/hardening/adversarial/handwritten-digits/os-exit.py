# Attack: ends the whole interpreter with os._exit(0) from inside a function the checks call
# No Python-level handler runs; the worker's Python goes away mid-check. That is not a pass.
# Over: wrong-answer.py
import os


def distance(a, b):
    os._exit(0)
