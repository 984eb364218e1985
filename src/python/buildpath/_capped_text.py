"""A text stream that keeps at most `limit` characters (and counts the rest)."""

import io


class CappedText(io.TextIOBase):
    def __init__(self, limit):
        self._parts = []
        self._size = 0
        self._limit = limit

    def writable(self):
        return True

    def write(self, text):
        text = str.__str__(text) if isinstance(text, str) else str(text)  # a str subclass's own methods never run
        if self._size < self._limit:
            self._parts.append(text[: self._limit - self._size])
        self._size += len(text)
        return len(text)

    def getvalue(self):
        return "".join(self._parts)
