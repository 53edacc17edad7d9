# Mistake: looks for the username with `username in password` without
# lowercasing both, so "ANNA-rocks-2024" slips past the user "anna".
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
    if not any(char.isupper() for char in password):
        broken.append("no-uppercase")
    if not any(char.islower() for char in password):
        broken.append("no-lowercase")
    if not any(char.isdigit() for char in password):
        broken.append("no-digit")
    if not any(not char.isalnum() and not char.isspace() for char in password):
        broken.append("no-symbol")
    if any(char.isspace() for char in password):
        broken.append("has-space")
    if username in password:
        broken.append("contains-username")
    if has_triple(password):
        broken.append("repeats")
    return broken


def is_strong(password, username):
    """Return True if password breaks none of the rules."""
    return check_password(password, username) == []
