# Mistake: returns the status as the text "200" instead of the int 200
# (it never converts it with int()).
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

    agent_end = line.rfind('"')
    agent_start = line.rfind('"', 0, agent_end)
    return request[1], status, line[agent_start + 1:agent_end]


def error_report(lines):
    """Return "STATUS PATH" for every failed request (status 400 or more), one per line."""
    report = []
    for line in lines:
        entry = parse_line(line)
        if entry is not None and entry[1] >= "400":
            path, status, _agent = entry
            report.append(status + " " + path)
    return "\n".join(report)
