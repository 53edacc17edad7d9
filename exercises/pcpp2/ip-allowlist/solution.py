"""Decide which client addresses an admin API lets in, using the ipaddress module."""
import ipaddress


def load_rules(path):
    """Read 'allow|deny <network>' lines; '#' starts a comment."""
    rules = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.split("#", 1)[0].strip()
            if line:
                action, network = line.split()
                rules.append((action, ipaddress.ip_network(network, strict=False)))
    return rules


def decide(rules, address):
    """The most specific matching rule wins, deny on a tie; no match: deny (default)."""
    best = None
    for action, network in rules:
        if address.version == network.version and address in network:
            key = (network.prefixlen, action == "deny")
            if best is None or key > best[0]:
                best = (key, action, network)
    if best is None:
        return "deny", "default"
    return best[1], str(best[2])


def main():
    rules = load_rules(input().strip())
    counts = {"allow": 0, "deny": 0, "invalid": 0}
    while True:
        try:
            text = input().strip()
        except EOFError:
            break
        if not text:
            continue
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            print(f"{text} invalid")
            counts["invalid"] += 1
            continue
        if address.version == 6 and address.ipv4_mapped is not None:
            address = address.ipv4_mapped  # ::ffff:10.1.2.3 is really 10.1.2.3
        action, reason = decide(rules, address)
        counts[action] += 1
        print(f"{address} {action} ({reason})")
    print(f"allowed {counts['allow']}, denied {counts['deny']}, invalid {counts['invalid']}")


if __name__ == "__main__":
    main()
