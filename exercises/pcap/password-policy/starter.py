def check_password(password, username):
    """Return the names of the policy rules that password breaks, in rule order."""
    broken = []
    # TODO: test the eight rules of the README in their order and append
    #       the name of each broken rule ("too-short", "no-uppercase", ...).
    #       Look at every character: char.isupper(), char.islower(),
    #       char.isdigit(), char.isalnum(), char.isspace().
    return broken


def is_strong(password, username):
    """Return True if password breaks none of the rules."""
    # TODO: use check_password().
    return None
