"""Price alerts for a trading desk: the Observer pattern."""
import sys


class PriceFeed:
    """The subject: keeps the last price of each symbol and notifies observers."""

    def __init__(self):
        self._observers = []
        self._last = {}

    def attach(self, observer):
        self._observers.append(observer)

    def detach(self, observer):
        # TODO: remove the observer (do nothing if it is not attached)
        pass

    def publish(self, symbol, price):
        # TODO: remember the price; if it changed, call
        # observer.update(self, symbol, old, price) on every observer
        self._last[symbol] = price


class AuditLog:
    def __init__(self, name):
        self.name = name

    def update(self, feed, symbol, old, new):
        # TODO: print "[name] SYMBOL new at 98.50" or "[name] SYMBOL 98.50 -> 101.00"
        pass


# TODO: ThresholdAlert(name, symbol, limit) and OneShotAlert (see the README)


def main():
    feed = PriceFeed()
    for line in sys.stdin:
        words = line.split()
        # TODO: subscribe / unsubscribe / price


if __name__ == "__main__":
    main()
