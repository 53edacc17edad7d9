# Mistake: the text is cut at max_length and THEN '...' is added, so an SMS
# becomes 163 characters long.
"""Notification channels of the shop: an abstract base class and two channels."""
from abc import ABC, abstractmethod


class Notifier(ABC):
    """Base class of every notification channel."""

    max_length = None  # longest text the channel accepts, None for no limit

    @property
    @abstractmethod
    def channel(self):
        """The channel's name, e.g. 'email'."""

    @abstractmethod
    def send(self, recipient, text):
        """Deliver `text` to one recipient and return a receipt line."""

    def notify(self, recipients, text):
        """Send `text` (shortened to max_length) to every recipient."""
        if self.max_length is not None and len(text) > self.max_length:
            text = text[:self.max_length] + "..."
        return [self.send(recipient, text) for recipient in recipients]


class EmailNotifier(Notifier):
    @property
    def channel(self):
        return "email"

    def send(self, recipient, text):
        if "@" not in recipient:
            raise ValueError(f"not an email address: {recipient!r}")
        return f"email to {recipient}: {text}"


class SmsNotifier(Notifier):
    max_length = 160

    @property
    def channel(self):
        return "sms"

    def send(self, recipient, text):
        if not recipient.startswith("+"):
            raise ValueError(f"not an international number: {recipient!r}")
        return f"sms to {recipient}: {text}"


class LegacyPager:
    """The warehouse's old pager service; it cannot inherit from Notifier."""

    channel = "pager"

    def notify(self, recipients, text):
        return [f"page {r}: {text[:20]}" for r in recipients]


Notifier.register(LegacyPager)


def broadcast(notifiers, recipients, text):
    """Notify every channel's recipients; `recipients` maps channel -> list."""
    receipts = []
    for notifier in notifiers:
        receipts.extend(notifier.notify(recipients.get(notifier.channel, []), text))
    return receipts
