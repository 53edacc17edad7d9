# Mistake: uses hand-written ASCII lists instead of the str methods, so
# "Ü" is not an uppercase letter, "٣" (Arabic-Indic three) is not a digit and
# "€" is not a symbol.
import string

MIN_LENGTH = 10


def has_triple(text):
    """Return True if some character appears three times in a row."""
    for i in range(len(text) - 2):
        if text[i] == text[i + 1] == text[i + 2]:
            return True
    return False


def check_password(password, username):
    """Return the names of the policy rules that password breaks, in rule order."""
    broken = []
    if len(password) < MIN_LENGTH:
        broken.append("too-short")
    if not any(char in string.ascii_uppercase for char in password):
        broken.append("no-uppercase")
    if not any(char in string.ascii_lowercase for char in password):
        broken.append("no-lowercase")
    if not any(char in string.digits for char in password):
        broken.append("no-digit")
    if not any(char in string.punctuation for char in password):
        broken.append("no-symbol")
    if any(char.isspace() for char in password):
        broken.append("has-space")
    if username and username.lower() in password.lower():
        broken.append("contains-username")
    if has_triple(password):
        broken.append("repeats")
    return broken


def is_strong(password, username):
    """Return True if password breaks none of the rules."""
    return check_password(password, username) == []
