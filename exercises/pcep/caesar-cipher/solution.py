def encrypt(text, shift):
    """Shift every letter a-z and A-Z of text by `shift` places."""
    # Strings cannot be changed, so the result is built as a new string.
    result = ""
    for ch in text:
        if "a" <= ch <= "z":
            result += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            result += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            result += ch
    return result


def decrypt(text, shift):
    """Undo encrypt(): shift the letters back by `shift` places."""
    return encrypt(text, -shift)
