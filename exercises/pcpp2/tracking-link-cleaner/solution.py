"""Clean the links of a newsletter: resolve, normalise, strip tracking parameters."""
import json
import os
from urllib.parse import parse_qs, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKERS = {"fbclid", "gclid"}


def is_tracker(key):
    return key.lower().startswith("utm_") or key.lower() in TRACKERS


def clean(base, link):
    """Return (clean url, number of tracking parameters removed)."""
    parts = urlsplit(urljoin(base, link))
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address keeps its brackets in a URL
    netloc = host
    if parts.port is not None and parts.port != DEFAULT_PORTS.get(parts.scheme):
        netloc += f":{parts.port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in pairs if not is_tracker(key)]
    url = urlunsplit((parts.scheme, netloc, parts.path or "/", urlencode(kept), ""))
    return url, len(pairs) - len(kept)


def main():
    path = input().strip()
    with open(path, encoding="utf-8") as file:
        lines = [line.strip() for line in file if line.strip()]
    base = lines[0].split(maxsplit=1)[1]
    links, hosts, removed = [], {}, 0
    for link in lines[1:]:
        url, dropped = clean(base, link)
        removed += dropped
        parts = urlsplit(url)
        links.append({"original": link, "url": url, "host": parts.hostname,
                      "params": parse_qs(parts.query, keep_blank_values=True)})
        hosts[parts.hostname] = hosts.get(parts.hostname, 0) + 1
    os.makedirs("/tmp/out", exist_ok=True)
    with open("/tmp/out/links.json", "w", encoding="utf-8") as file:
        json.dump({"links": links, "hosts": hosts}, file, ensure_ascii=False, indent=2)
    print(f"cleaned {len(links)} links, removed {removed} tracking parameters")


if __name__ == "__main__":
    main()
