# Mistake: tries to change the string in place (text[i] = ...), but strings are immutable: TypeError.
def encrypt(text, shift):
    for i in range(len(text)):
        ch = text[i]
        if "a" <= ch <= "z":
            text[i] = chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            text[i] = chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
    return text


def decrypt(text, shift):
    return encrypt(text, -shift)
