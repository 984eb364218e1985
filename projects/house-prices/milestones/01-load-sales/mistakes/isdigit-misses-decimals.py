# mistake: recognises numbers with str.isdigit, which rejects decimals and negative numbers
# expect: Decimals and negative numbers are numbers too


def parse_value(text):
    if text.isdigit():
        return float(text)
    return text
