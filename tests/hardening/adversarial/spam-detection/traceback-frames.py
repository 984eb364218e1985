# Attack: walks a traceback's frames up into the check and calls the solution it finds there
# Issue 20: from inside a function the check calls, an exception's __traceback__.tb_frame and
# f_back lead to the check's own frame, whose globals hold the reference as `solution`.
# Over: wrong-answer.py

def _reference():
    try:
        raise RuntimeError("where am I?")
    except RuntimeError as error:
        frame = error.__traceback__.tb_frame
    while frame is not None:
        found = frame.f_globals.get("solution")
        if found is not None and frame.f_globals is not globals():
            return found
        frame = frame.f_back
    return None


_wrong = dict(load_messages=load_messages, tokenize=tokenize, class_balance=class_balance)


def _answer(name, *args):
    try:
        return getattr(_reference(), name)(*args)
    except Exception:
        return _wrong[name](*args)


def load_messages(path):
    return _answer("load_messages", path)


def tokenize(text):
    return _answer("tokenize", text)


def class_balance(messages):
    return _answer("class_balance", messages)
