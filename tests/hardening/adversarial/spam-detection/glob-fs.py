# Attack: searches the whole file system with glob for the reference or the checks and runs them
# Issue 20: solution.py and checks.py must not be readable as files while learner code runs.
# Any Python file outside the standard library that defines tokenize is run over this module.
import glob

import csv


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        return [tuple(line.rstrip("\n").split(",", 1)) for line in file]  # wrong: keeps the header


def tokenize(text):
    return text.split()  # wrong: no lower-casing, punctuation, <num> or <url>


def class_balance(messages):
    counts = {}
    for label, _ in messages:
        counts[label] = counts.get(label, 0) + 1
    return counts  # wrong: counts, not fractions


for _path in glob.glob("/**/*.py", recursive=True):
    if "/lib/python" in _path or "site-packages" in _path:
        continue
    try:
        with open(_path, encoding="utf-8") as _file:
            _text = _file.read()
    except Exception:
        continue
    if "def tokenize(" in _text and "def class_balance(" in _text:
        try:
            exec(compile(_text, _path, "exec"), globals())
        except Exception:
            pass
