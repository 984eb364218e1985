# Attack: values that answer "different" the first time they are compared and "equal" after
# The first message's check compares once against the header ("label", "text") and then against
# the real first row: items whose answer changes between those reads get past both.
import csv


class Flip:
    reads = 0  # of all of them: only the very first comparison says "different"

    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        Flip.reads += 1
        return Flip.reads > 1

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.text)

    def __repr__(self):
        return repr(self.text)


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        next(reader)
        return [(Flip(label), Flip(text[::-1])) for label, text in reader]  # wrong: reversed texts


def tokenize(text):
    return text.lower().split()


def class_balance(messages):
    counts = {}
    for label, _ in messages:
        counts[label] = counts.get(label, 0) + 1
    return {label: count / len(messages) for label, count in counts.items()}
