# mistake: deleted punctuation before looking for web addresses, so they are mangled
# expect: the address lost its punctuation


def tokenize(text):
    tokens = []
    for piece in text.lower().split():
        word = "".join(ch for ch in piece if ch.isalnum())
        if not word:
            continue
        if "://" in word or word.startswith("www."):
            tokens.append("<url>")
        elif word.isdigit():
            tokens.append("<num>")
        else:
            tokens.append(word)
    return tokens
