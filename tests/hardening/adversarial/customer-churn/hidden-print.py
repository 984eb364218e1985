# Attack: prints what each function is given, to read the hidden inputs from the result
# Issue 21: output printed during a hidden check came back in tests[].output.
# Over: wrong-answer.py

_scores, _split = classification_scores, stratified_split


def classification_scores(actual, predicted):
    print(f"LEAK<{actual!r:.200}>")
    return _scores(actual, predicted)


def stratified_split(rows, test_fraction, seed):
    print(f"LEAK<{seed!r}, {rows!r:.200}>")
    return _split(rows, test_fraction, seed)
