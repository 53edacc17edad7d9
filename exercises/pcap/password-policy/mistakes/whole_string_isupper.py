# Mistake: calls .isupper() / .islower() / .isdigit() on the whole password
# instead of on each character. "Summer-2024x".isupper() is False because the
# string also has lowercase letters, so a perfectly good password is rejected.
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
    if not password.isupper():
        broken.append("no-uppercase")
    if not password.islower():
        broken.append("no-lowercase")
    if not password.isdigit():
        broken.append("no-digit")
    if password.isalnum():
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
