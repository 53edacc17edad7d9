# exercise: sum-two
# expect: accepted
# why: creates a socket and connects to 127.0.0.1:22 and 1.1.1.1:53; prints NETWORK if anything connected, else the answer
a = int(input())
b = int(input())
reached = []
try:
    import socket
    for host, port in [("127.0.0.1", 22), ("1.1.1.1", 53)]:
        try:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.settimeout(0.5)
            s.connect((host, port))
            reached.append(host)
        except (OSError, AttributeError):
            pass
except ImportError:
    pass
print(("NETWORK " + str(reached)) if reached else a + b)
