# Mistake: adds the shift to the character code without wrapping around, so "z" + 3 becomes "}" instead of "c".
def encrypt(text, shift):
    result = ""
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            result += chr(ord(ch) + shift)
        else:
            result += ch
    return result


def decrypt(text, shift):
    return encrypt(text, -shift)
