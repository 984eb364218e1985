# Attack: keeps what the hidden checks give tokenize where a later Run can read it
# Held-out inputs are stored in sys and on the JavaScript global object during the check; the
# Run after it (hidden-inputs-read.py) prints whatever survived. Nothing hidden may survive.
# Over: wrong-answer.py
import sys

VISIBLE = {"Hello, WORLD! Don't stop.", "", "Pay 19.99 for 3 tickets", "see you at 5pm",
           "Go to http://win.test/claim today", "Visit www.example.com or https://example.org",
           "see\tyou\n\ntomorrow  then"}
_tokenize = tokenize


def tokenize(text):
    if text in VISIBLE:
        return _tokenize(text)
    kept = sys.__dict__.setdefault("kept_inputs", [])
    kept.append(text)
    try:
        import js

        js.globalThis.keptInputs = "\n".join(kept)
    except Exception:
        pass
    return _tokenize(text)
