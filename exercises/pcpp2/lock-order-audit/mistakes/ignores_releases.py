# Mistake: releases are ignored, so a thread seems to hold every lock it ever took and
# later acquires create lock-order edges that never happened.
"""Audit a lock trace: build the lock-order graph and look for deadlock cycles."""
import heapq
import sys


def read_edges(lines):
    """Return {(held, wanted): first thread} for every acquire made while holding locks."""
    held = {}      # thread -> list of locks it holds, in acquisition order
    edges = {}
    for line in lines:
        words = line.split()
        if not words:
            continue
        thread, action, lock = words
        mine = held.setdefault(thread, [])
        if action == "acquire":
            for other in mine:
                edges.setdefault((other, lock), thread)
            mine.append(lock)
        else:  # release
            pass
    return edges


def on_cycles(nodes, graph):
    """The locks that can reach themselves by following the edges."""
    result = []
    for start in nodes:
        stack, seen = list(graph.get(start, ())), set()
        while stack:
            node = stack.pop()
            if node == start:
                result.append(start)
                break
            if node not in seen:
                seen.add(node)
                stack.extend(graph.get(node, ()))
    return result


def safe_order(nodes, graph):
    """Topological order of the locks, alphabetical among the ready ones."""
    incoming = {node: 0 for node in nodes}
    for node in nodes:
        for target in graph.get(node, ()):
            incoming[target] += 1
    ready = [node for node in nodes if incoming[node] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for target in graph.get(node, ()):
            incoming[target] -= 1
            if incoming[target] == 0:
                heapq.heappush(ready, target)
    return order


def main():
    lines = sys.stdin.read().splitlines()
    edges = read_edges(lines)
    nodes = sorted({w.split()[2] for w in lines if w.split()})
    graph = {}
    for held, wanted in sorted(edges):
        graph.setdefault(held, []).append(wanted)
        print(f"{held} -> {wanted} (first by {edges[held, wanted]})")
    cyclic = on_cycles(nodes, graph)
    if cyclic:
        print("verdict: DEADLOCK RISK among " + ", ".join(cyclic))
    else:
        print("verdict: safe, acquire in order " + ", ".join(safe_order(nodes, graph)))


if __name__ == "__main__":
    main()
