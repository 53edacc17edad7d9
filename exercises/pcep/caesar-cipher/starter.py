def encrypt(text, shift):
    """Shift every letter a-z and A-Z of text by `shift` places."""
    # TODO: build a new string character by character: a string cannot be
    #       changed in place. Use ord() and chr() for the letters a-z and
    #       A-Z, wrap around after z, and copy every other character.
    return None


def decrypt(text, shift):
    """Undo encrypt(): shift the letters back by `shift` places."""
    # TODO: decrypting is encrypting with the opposite shift.
    return None
