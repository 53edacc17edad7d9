import unittest

from solution import describe_problem, load, validate

GOOD = {"host": "play.example.org", "port": 25565, "max_players": 20}


def with_(**changes):
    config = dict(GOOD)
    config.update(changes)
    return config


class TestConfigValidator(unittest.TestCase):
    def test_good_config(self):
        """a good config passes without an exception"""
        self.assertIsNone(validate(GOOD), msg="validate(GOOD) returns None")
        self.assertEqual(describe_problem(GOOD), "ok", msg="describe_problem(GOOD)")

    def test_missing_key(self):
        """a missing key raises KeyError whose args hold the key"""
        config = {"host": "play.example.org", "max_players": 20}
        with self.assertRaises(KeyError, msg="config without 'port'") as cm:
            validate(config)
        self.assertEqual(cm.exception.args, ("port",), msg="args of the KeyError")

    def test_wrong_type(self):
        """a port given as text raises TypeError"""
        with self.assertRaises(TypeError, msg='port = "8080"') as cm:
            validate(with_(port="8080"))
        self.assertEqual(str(cm.exception), "port must be an int, not str", msg="the message")

    def test_out_of_range(self):
        """a port above 65535 raises ValueError"""
        with self.assertRaises(ValueError, msg="port = 70000") as cm:
            validate(with_(port=70000))
        self.assertEqual(str(cm.exception), "port must be between 1 and 65535, got 70000",
                         msg="the message")

    def test_describe_problem(self):
        """describe_problem names the problem"""
        table = [
            ({"port": 80, "max_players": 5}, "missing key: host"),
            (with_(max_players="20"), "invalid: max_players must be an int, not str"),
            (with_(max_players=0), "invalid: max_players must be between 1 and 100, got 0"),
        ]
        for config, expected in table:
            with self.subTest(config=config):
                self.assertEqual(describe_problem(config), expected,
                                 msg=f"describe_problem({config!r})")

    def test_load_reraises(self):
        """load logs a rejection, then re-raises the same exception"""
        log = []
        with self.assertRaises(ValueError, msg="load with port 0 must still raise ValueError"):
            load(with_(port=0), log)
        self.assertEqual(log, ["rejected: port must be between 1 and 65535, got 0"], msg="the log")

    def test_load_ok(self):
        """load logs a good config"""
        log = []
        self.assertIsNone(load(GOOD, log), msg="load returns None")
        self.assertEqual(log, ["loaded play.example.org:25565"], msg="the log")


if __name__ == "__main__":
    unittest.main()
