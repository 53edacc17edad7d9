import unittest

from solution import describe_problem, load, validate

GOOD = {"host": "play.example.org", "port": 25565, "max_players": 20}


def with_(**changes):
    config = dict(GOOD)
    config.update(changes)
    return config


class TestConfigValidatorHidden(unittest.TestCase):
    def test_order_of_checks(self):
        """the first problem in the order host, port, max_players, motd wins"""
        table = [
            ({}, "missing key: host"),
            ({"host": ""}, "invalid: host must not be empty"),
            ({"host": "   ", "port": "x"}, "invalid: host must not be empty"),
            ({"host": "h", "port": -1}, "invalid: port must be between 1 and 65535, got -1"),
            ({"host": "h", "port": 1}, "missing key: max_players"),
            (with_(port=0, max_players=1000), "invalid: port must be between 1 and 65535, got 0"),
        ]
        for config, expected in table:
            with self.subTest(config=config):
                self.assertEqual(describe_problem(config), expected,
                                 msg=f"describe_problem({config!r})")

    def test_boundaries(self):
        """the edges of the ranges are accepted"""
        for config in (with_(port=1), with_(port=65535), with_(max_players=1),
                       with_(max_players=100), with_(motd="x" * 80), with_(motd="")):
            with self.subTest(config=config):
                self.assertEqual(describe_problem(config), "ok", msg=f"describe_problem({config!r})")

    def test_just_outside(self):
        """just outside the ranges is a ValueError"""
        for config, message in [
            (with_(port=65536), "port must be between 1 and 65535, got 65536"),
            (with_(max_players=101), "max_players must be between 1 and 100, got 101"),
            (with_(motd="x" * 81), "motd must be at most 80 characters, got 81"),
        ]:
            with self.subTest(config=config):
                with self.assertRaises(ValueError) as cm:
                    validate(config)
                self.assertEqual(str(cm.exception), message, msg="the message")

    def test_other_types(self):
        """floats, None and lists are the wrong type"""
        for config, message in [
            (with_(port=8080.0), "port must be an int, not float"),
            (with_(host=None), "host must be a str, not NoneType"),
            (with_(max_players=[20]), "max_players must be an int, not list"),
            (with_(motd=42), "motd must be a str, not int"),
        ]:
            with self.subTest(config=config):
                with self.assertRaises(TypeError) as cm:
                    validate(config)
                self.assertEqual(str(cm.exception), message, msg="the message")

    def test_unicode_motd(self):
        """the motd length counts characters, not bytes"""
        motd = "Bienvenue à tous ! " + "🎮" * 40
        self.assertEqual(describe_problem(with_(motd=motd)), "ok",
                         msg="a motd of 59 characters (180 bytes in UTF-8)")
        long_motd = "é" * 81
        self.assertEqual(describe_problem(with_(motd=long_motd)),
                         "invalid: motd must be at most 80 characters, got 81",
                         msg='motd = "é" * 81')

    def test_load_type_error(self):
        """load re-raises a TypeError too"""
        log = []
        with self.assertRaises(TypeError, msg="load with host 42"):
            load(with_(host=42), log)
        self.assertEqual(log, ["rejected: host must be a str, not int"], msg="the log")

    def test_load_missing_key(self):
        """load lets a KeyError through without logging it"""
        log = []
        with self.assertRaises(KeyError, msg="load({})"):
            load({}, log)
        self.assertEqual(log, [], msg="a missing key is not logged")

    def test_key_error_is_lookup_error(self):
        """a missing key can be caught as LookupError"""
        with self.assertRaises(LookupError, msg="validate without max_players"):
            validate({"host": "h", "port": 22})

    def test_config_unchanged(self):
        """validating does not change the config"""
        config = with_(motd="Hi")
        copy = dict(config)
        validate(config)
        load(config, [])
        self.assertEqual(config, copy, msg="the config after validate and load")


if __name__ == "__main__":
    unittest.main()
