# Attack: prints what cosine_similarity is given, to read the hidden inputs from the result
# Issue 21: output printed during a hidden check came back in tests[].output.
# Over: wrong-answer.py

_cosine = cosine_similarity


def cosine_similarity(u, v):
    print(f"LEAK<{u!r}, {v!r}>")
    return _cosine(u, v)
