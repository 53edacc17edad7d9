# Turn Notifier into an abstract base class and write the channels (README).
from abc import ABC, abstractmethod


class Notifier:
    """Base class of every notification channel."""

    max_length = None  # longest text the channel accepts, None for no limit

    # TODO: an abstract property `channel` and an abstract method
    #       send(self, recipient, text); inherit from ABC

    def notify(self, recipients, text):
        # TODO: shorten text to max_length (ending with "...")
        return [self.send(recipient, text) for recipient in recipients]


class EmailNotifier(Notifier):
    pass  # TODO: channel "email", send() -> "email to RECIPIENT: TEXT"


class SmsNotifier(Notifier):
    pass  # TODO: max_length 160, channel "sms", send() -> "sms to ..."


class LegacyPager:
    """The warehouse's old pager service; it cannot inherit from Notifier."""

    channel = "pager"

    def notify(self, recipients, text):
        return [f"page {r}: {text[:20]}" for r in recipients]


# TODO: register LegacyPager as a virtual subclass of Notifier


def broadcast(notifiers, recipients, text):
    # TODO: every notifier notifies recipients[notifier.channel]
    return []
