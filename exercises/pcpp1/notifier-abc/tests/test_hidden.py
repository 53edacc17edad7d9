import unittest

from solution import EmailNotifier, LegacyPager, Notifier, SmsNotifier, broadcast


class TestNotifierHidden(unittest.TestCase):
    def test_incomplete_subclass(self):
        """a subclass without send() cannot be instantiated"""
        class PushNotifier(Notifier):
            @property
            def channel(self):
                return "push"
        with self.assertRaises(TypeError):
            PushNotifier()

    def test_complete_subclass_inherits_notify(self):
        """a complete subclass gets notify() for free"""
        class PushNotifier(Notifier):
            max_length = 10

            @property
            def channel(self):
                return "push"

            def send(self, recipient, text):
                return f"{recipient}|{text}"
        self.assertEqual(PushNotifier().notify(["dev1"], "Sale starts now"), ["dev1|Sale st..."])
        self.assertEqual(PushNotifier().notify(["dev1"], "0123456789"), ["dev1|0123456789"])

    def test_sms_exactly_160_unchanged(self):
        """a 160-character SMS is sent unchanged"""
        text = "y" * 160
        self.assertEqual(SmsNotifier().notify(["+1555"], text), [f"sms to +1555: {text}"])

    def test_bad_recipients(self):
        """bad addresses and numbers raise ValueError"""
        with self.assertRaises(ValueError):
            EmailNotifier().send("ana.shop.example", "hi")
        with self.assertRaises(ValueError):
            SmsNotifier().send("4790000000", "hi")

    def test_broadcast_missing_channels(self):
        """channels without recipients send nothing; the pager takes part"""
        receipts = broadcast([SmsNotifier(), LegacyPager(), EmailNotifier()],
                             {"pager": ["17"], "fax": ["0"]}, "Forklift needed at dock 4")
        self.assertEqual(receipts, ["page 17: Forklift needed at d"])
        self.assertEqual(broadcast([], {"email": ["a@b"]}, "x"), [])


if __name__ == "__main__":
    unittest.main()
