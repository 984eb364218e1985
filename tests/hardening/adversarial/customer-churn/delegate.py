# Part: each function asks _reference() (defined by the attack) and answers with what it finds;
# without a reference it falls back to wrong-answer.py's wrong function.


_wrong = dict(confusion_matrix=confusion_matrix, classification_scores=classification_scores,
              is_useful=is_useful, stratified_split=stratified_split)


def _answer(name, *args):
    try:
        return getattr(_reference(), name)(*args)
    except Exception:
        return _wrong[name](*args)


def confusion_matrix(actual, predicted):
    return _answer("confusion_matrix", actual, predicted)


def classification_scores(actual, predicted):
    return _answer("classification_scores", actual, predicted)


def is_useful(actual, predicted):
    return _answer("is_useful", actual, predicted)


def stratified_split(rows, test_fraction, seed):
    return _answer("stratified_split", rows, test_fraction, seed)
