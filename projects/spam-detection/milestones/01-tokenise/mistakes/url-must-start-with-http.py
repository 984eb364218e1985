# mistake: takes only a piece that starts with http:// or www. for a web address, not any piece containing ://
# expect: contains "://", so it is a web address even though it does not start with "http"


def tokenize(text):
    """Return the tokens of one message: lower-cased, punctuation removed, <url> and <num>."""
    tokens = []
    for piece in text.lower().split():
        if piece.startswith(("http://", "https://", "www.")):
            tokens.append("<url>")
            continue
        word = "".join(ch for ch in piece if ch.isalnum())
        if word:
            tokens.append("<num>" if word.isdigit() else word)
    return tokens
