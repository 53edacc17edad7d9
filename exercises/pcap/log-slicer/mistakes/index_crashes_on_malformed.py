# Mistake: uses .index() and never checks the shape of the line. .index()
# raises ValueError when there is no quote at all (where .find() returns -1),
# and a request such as "-" or a status such as "OK" is not rejected.
def parse_line(line):
    """Return (path, status, agent) for a well-formed log line, else None."""
    request_start = line.index('"')
    request_end = line.index('"', request_start + 1)
    request = line[request_start + 1:request_end].split()
    status = line[request_end + 1:].split()[0]
    agent_end = line.rindex('"')
    agent_start = line.rindex('"', 0, agent_end)
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
