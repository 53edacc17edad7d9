import unittest

from solution import EmailNotifier, LegacyPager, Notifier, SmsNotifier, broadcast


class TestNotifierVisible(unittest.TestCase):
    def test_base_is_abstract(self):
        """Notifier() raises TypeError: channel and send are abstract"""
        with self.assertRaises(TypeError):
            Notifier()
        self.assertEqual(Notifier.__abstractmethods__, frozenset({"channel", "send"}))

    def test_email(self):
        """EmailNotifier sends to every recipient"""
        email = EmailNotifier()
        self.assertEqual(email.channel, "email")
        self.assertEqual(email.notify(["ana@shop.example", "bo@shop.example"], "Order shipped"),
                         ["email to ana@shop.example: Order shipped",
                          "email to bo@shop.example: Order shipped"])

    def test_sms_shortened_to_160(self):
        """SMS texts longer than 160 characters end with '...' at exactly 160"""
        text = "Your parcel " + "x" * 200
        (receipt,) = SmsNotifier().notify(["+4790000000"], text)
        sent = receipt.removeprefix("sms to +4790000000: ")
        self.assertEqual(len(sent), 160)
        self.assertTrue(sent.endswith("..."))
        self.assertEqual(sent[:157], text[:157])

    def test_pager_is_a_virtual_subclass(self):
        """LegacyPager is registered: isinstance and issubclass say yes"""
        self.assertTrue(issubclass(LegacyPager, Notifier))
        self.assertIsInstance(LegacyPager(), Notifier)
        self.assertNotIn(Notifier, LegacyPager.__mro__, msg="register, do not inherit")

    def test_broadcast_duck_typing(self):
        """broadcast works with any object that has channel and notify()"""
        class SlackHook:  # another team's class, not a Notifier at all
            channel = "slack"

            def notify(self, recipients, text):
                return [f"slack #{r}: {text}" for r in recipients]

        receipts = broadcast([EmailNotifier(), SlackHook()],
                             {"email": ["ops@shop.example"], "slack": ["alerts"]},
                             "Disk full")
        self.assertEqual(receipts, ["email to ops@shop.example: Disk full",
                                    "slack #alerts: Disk full"])


if __name__ == "__main__":
    unittest.main()
