# Lock order audit: read "<thread> acquire|release <lock>" lines from stdin,
# print every lock-order edge and a verdict (see the README).
import sys


def main():
    held = {}  # thread -> locks it holds right now
    for line in sys.stdin.read().splitlines():
        thread, action, lock = line.split()
        # TODO: record an edge from every held lock to `lock` on acquire,
        #       forget the lock on release
    # TODO: print the edges sorted, then look for cycles / a safe order
    print("verdict: safe")


if __name__ == "__main__":
    main()
