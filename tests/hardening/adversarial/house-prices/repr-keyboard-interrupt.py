# Attack: returns an object whose __repr__ raises KeyboardInterrupt
# Issue 21: the check's failure message formats the returned value with !r; the interrupt that
# escapes from there left the check reported "pass". The split returns no pair of lists.
# Over: wrong-answer.py

class Interrupting:
    def __repr__(self):
        raise KeyboardInterrupt


def train_test_split(rows, test_fraction, seed):
    return Interrupting()
