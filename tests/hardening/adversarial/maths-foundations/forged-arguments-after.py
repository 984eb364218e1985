# Attack: partial moves the caller's point, then rewrites the record of its arguments to hide it
# Everything else is right. After moving the point (and leaving it moved), partial walks up its own
# frames and, wherever a local tuple holds that point, puts an untouched copy in its place, so a
# checker that reads "the arguments as the call left them" from there sees nothing changed.
# Over: 06-wrong-answer.py
import sys


def derivative(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)


def _hide_the_change(changed, original):
    frame = sys._getframe(2)
    while frame is not None:
        for name, value in list(frame.f_locals.items()):
            if isinstance(value, tuple) and any(item is changed for item in value):
                try:
                    frame.f_locals[name] = tuple(original if item is changed else item for item in value)
                except Exception:
                    pass
        frame = frame.f_back


def partial(f, point, i, h=1e-5):
    original = list(point)
    point[i] = original[i] + h
    forward = f(point)
    point[i] = original[i] - h  # and left there: the caller's point has moved
    backward = f(point)
    _hide_the_change(point, original)
    return (forward - backward) / (2 * h)


def gradient(f, point, h=1e-5):
    return [partial(f, list(point), i, h) for i in range(len(point))]


def loss_gradient(w, b, xs, ys):
    n = len(xs)
    errors = [w * x + b - y for x, y in zip(xs, ys)]
    return [2 / n * sum(e * x for e, x in zip(errors, xs)), 2 / n * sum(errors)]
