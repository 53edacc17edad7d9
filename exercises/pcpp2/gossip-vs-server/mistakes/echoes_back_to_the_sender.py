# Mistake: a peer forwards the update to every neighbour, including the one it just heard
# it from, so every link carries a useless echo and the message count is too high.
"""Spread an update through a network: a client-server star or a peer-to-peer mesh."""


def star(server, clients):
    """The links of a client-server network: every client talks to the server only."""
    return [(server, client) for client in clients]


def spread(links, origin, down=()):
    """Simulate flooding an update from `origin` in synchronous rounds.

    Returns {"rounds", "messages", "max_sent", "reached"}.
    """
    neighbours = {}
    for a, b in links:
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    down = set(down)
    if origin in down:
        return {"rounds": 0, "messages": 0, "max_sent": 0, "reached": []}
    heard_from = {origin: None}
    sent = {}
    senders = [origin]          # the peers that learned the update last round
    rounds = messages = 0
    while senders:
        news = {}
        for peer in sorted(senders):
            for target in sorted(neighbours.get(peer, ())):
                messages += 1
                sent[peer] = sent.get(peer, 0) + 1
                if target in down or target in heard_from:
                    continue
                news.setdefault(target, peer)  # peers sorted: the smallest sender wins
        heard_from.update(news)
        senders = list(news)
        if news:
            rounds += 1
    return {"rounds": rounds, "messages": messages,
            "max_sent": max(sent.values(), default=0), "reached": sorted(heard_from)}
