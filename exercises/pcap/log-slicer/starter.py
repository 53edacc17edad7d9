def parse_line(line):
    """Return (path, status, agent) for a well-formed log line, else None."""
    # TODO: a well-formed line has exactly six '"' characters.
    # TODO: the request is between the first two quotes (use .find());
    #       split it into method, path and protocol.
    # TODO: the status is the first word after the request: three digits.
    # TODO: the user agent is between the LAST two quotes (use .rfind()).
    return None


def error_report(lines):
    """Return "STATUS PATH" for every failed request (status 400 or more), one per line."""
    # TODO: parse each line, skip the malformed ones, keep status >= 400,
    #       and glue the report lines together with "\n".join().
    return None
