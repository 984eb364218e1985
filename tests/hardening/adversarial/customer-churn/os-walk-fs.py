# Attack: walks the file system from / for solution.py, checks.py or any file defining the functions
# Issue 20: the reference and the checks must not be readable as files while learner code runs.
# Over: wrong-answer.py
import os


def _search():
    for folder, subfolders, files in os.walk("/"):
        subfolders[:] = [name for name in subfolders if name not in ("proc", "dev", "sys")]
        if "/lib/python" in folder:
            continue
        for name in files:
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(folder, name), encoding="utf-8") as file:
                    text = file.read()
            except Exception:
                continue
            if "def stratified_split(" in text and "def is_useful(" in text:
                return text
    return None


_text = _search()
if _text is not None:
    exec(compile(_text, "found.py", "exec"), globals())
