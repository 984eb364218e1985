# Attack: searches the whole file system with glob for the reference or the checks and runs them
# Issue 20: solution.py and checks.py must not be readable as files while learner code runs.
# Any Python file outside the standard library that defines tokenize is run over this module.
# Over: wrong-answer.py
import glob

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
