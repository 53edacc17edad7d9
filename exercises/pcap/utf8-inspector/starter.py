def code_point(ch):
    # TODO: "U+" followed by ord(ch) in upper-case hex, at least 4 digits.
    return "U+"


def describe(text):
    # TODO: one string per character: its repr, its code point and its
    #       UTF-8 size ("1 byte" / "2 bytes").
    return []


def summary(text):
    # TODO: "N characters, M bytes, ASCII" (or "not ASCII"), singular for 1.
    return ""
