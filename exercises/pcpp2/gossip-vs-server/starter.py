# Spread an update through a client-server star or a peer-to-peer network,
# round by round, and measure it (see the README).


def star(server, clients):
    # TODO: one link (server, client) per client
    return []


def spread(links, origin, down=()):
    # TODO: flood the update from origin in synchronous rounds
    return {"rounds": 0, "messages": 0, "max_sent": 0, "reached": [origin]}
