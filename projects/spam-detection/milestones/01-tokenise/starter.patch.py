def load_messages(path):
    """Return a list of (label, text) tuples read from the CSV file at `path`.

    The file has a header row `label,text`; leave it out. Keep the file's order.
    """
    ...


def tokenize(text):
    """Return the list of tokens of one message.

    Lower-case the text and split it on whitespace. A piece containing "://" or starting
    with "www." becomes "<url>". Otherwise keep only its letters and digits; drop it if
    nothing is left, and make it "<num>" if only digits are left.
    """
    ...


def class_balance(messages):
    """Return a dictionary {label: fraction of the messages with that label}."""
    ...


if __name__ == "__main__":
    from buildpath import show

    messages = load_messages("data/messages.csv")
    print(len(messages), "messages")
    print(class_balance(messages))
    for label, text in messages[:5]:
        print(label, tokenize(text))
    show.table([{"label": label, "text": text} for label, text in messages[:8]],
               title="First messages")
