# Part: each function asks _reference(*its arguments) (defined by the attack) and answers with what
# it finds; without a reference it falls back to 06-wrong-answer.py's wrong function.


_wrong = dict(derivative=derivative, partial=partial, gradient=gradient, loss_gradient=loss_gradient)


def _answer(name, *args):
    try:
        return getattr(_reference(*args), name)(*args)
    except Exception:
        return _wrong[name](*args)


def derivative(f, x, h=1e-5):
    return _answer("derivative", f, x, h)


def partial(f, point, i, h=1e-5):
    return _answer("partial", f, point, i, h)


def gradient(f, point, h=1e-5):
    return _answer("gradient", f, point, h)


def loss_gradient(w, b, xs, ys):
    return _answer("loss_gradient", w, b, xs, ys)
