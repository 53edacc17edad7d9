# Mistake: looks for the user agent with .find() from the left, after the
# status, so it picks up the first quoted field there: the referer, not the agent.
def parse_line(line):
    """Return (path, status, agent) for a well-formed log line, else None."""
    if line.count('"') != 6:
        return None

    request_start = line.find('"')
    request_end = line.find('"', request_start + 1)
    request = line[request_start + 1:request_end].split()
    if len(request) != 3:
        return None

    after_request = line[request_end + 1:].split()
    if not after_request:
        return None
    status = after_request[0]
    if len(status) != 3 or not status.isdigit():
        return None

    agent_start = line.find('"', request_end + 1)
    agent_end = line.find('"', agent_start + 1)
    return request[1], int(status), line[agent_start + 1:agent_end]


def error_report(lines):
    """Return "STATUS PATH" for every failed request (status 400 or more), one per line."""
    report = []
    for line in lines:
        entry = parse_line(line)
        if entry is not None and entry[1] >= 400:
            path, status, _agent = entry
            report.append(str(status) + " " + path)
    return "\n".join(report)
