# Mistake: publish() notifies the observers even when the price did not
# change, so the audit log fills with lines like 'ACME 101.00 -> 101.00'.
"""Price alerts for a trading desk: the Observer pattern."""
import sys


class PriceFeed:
    """The subject: keeps the last price of each symbol and notifies observers."""

    def __init__(self):
        self._observers = []
        self._last = {}

    def attach(self, observer):
        """Add an observer; it is notified after those attached before it."""
        self._observers.append(observer)

    def detach(self, observer):
        """Remove an observer (it may do so itself while being notified).

        Detaching an observer that is not attached does nothing.
        """
        if observer in self._observers:
            self._observers.remove(observer)

    def publish(self, symbol, price):
        """Record a new price and notify every observer if it changed."""
        old = self._last.get(symbol)
        self._last[symbol] = price
        for observer in list(self._observers):
            observer.update(self, symbol, old, price)


class AuditLog:
    """Prints every change."""

    def __init__(self, name):
        self.name = name

    def update(self, feed, symbol, old, new):
        if old is None:
            print(f"[{self.name}] {symbol} new at {new:.2f}")
        else:
            print(f"[{self.name}] {symbol} {old:.2f} -> {new:.2f}")


class ThresholdAlert:
    """Prints when one symbol's price crosses a limit."""

    def __init__(self, name, symbol, limit):
        self.name = name
        self.symbol = symbol
        self.limit = limit

    def update(self, feed, symbol, old, new):
        if symbol != self.symbol or old is None:
            return
        if old < self.limit <= new:
            self.fired(feed, f"rose above {self.limit:.2f} ({new:.2f})")
        elif new < self.limit <= old:
            self.fired(feed, f"fell below {self.limit:.2f} ({new:.2f})")

    def fired(self, feed, what):
        print(f"[{self.name}] {self.symbol} {what}")


class OneShotAlert(ThresholdAlert):
    """A ThresholdAlert that unsubscribes itself after its first alert."""

    def fired(self, feed, what):
        super().fired(feed, what)
        feed.detach(self)


def main():
    """Run the commands of standard input against one feed."""
    feed = PriceFeed()
    subscribers = {}
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        command = words[0]
        if command == "subscribe":
            name, kind = words[1], words[2]
            if name in subscribers:
                print(f"error: {name} is already subscribed")
                continue
            if kind == "log":
                observer = AuditLog(name)
            elif kind == "alert":
                observer = ThresholdAlert(name, words[3], float(words[4]))
            else:
                observer = OneShotAlert(name, words[3], float(words[4]))
            subscribers[name] = observer
            feed.attach(observer)
        elif command == "unsubscribe":
            observer = subscribers.pop(words[1], None)
            if observer is None:
                print(f"error: {words[1]} is not subscribed")
            else:
                feed.detach(observer)
        elif command == "price":
            feed.publish(words[1], float(words[2]))


if __name__ == "__main__":
    main()
