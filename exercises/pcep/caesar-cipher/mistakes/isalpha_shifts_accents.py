# Mistake: uses isalpha(), which is also True for letters like "é" or "ß", so those get shifted into unrelated letters.
def encrypt(text, shift):
    result = ""
    for ch in text:
        if ch.isalpha():
            if ch.islower():
                base = ord("a")
            else:
                base = ord("A")
            result += chr((ord(ch) - base + shift) % 26 + base)
        else:
            result += ch
    return result


def decrypt(text, shift):
    return encrypt(text, -shift)
