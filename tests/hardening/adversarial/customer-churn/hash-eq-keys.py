# Attack: dict keys and values that hash like the expected ones and equal anything
# confusion_matrix returns wrong counts under str-subclass keys with the expected hashes and an
# __eq__ that always agrees, and int-subclass counts that equal any number.
# Over: wrong-answer.py

class Key(str):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = str.__hash__


class Count(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = int.__hash__


_confusion_matrix = confusion_matrix


def confusion_matrix(actual, predicted):
    return {Key(key): Count(value) for key, value in _confusion_matrix(actual, predicted).items()}
