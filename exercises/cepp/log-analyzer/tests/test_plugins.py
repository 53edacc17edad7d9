"""The plugin registry: built by the metaclass when a class is defined."""

import unittest
from types import SimpleNamespace

from logtool import plugins
from logtool.plugins import REGISTRY, Plugin, create


class TestRegistry(unittest.TestCase):
    def tearDown(self):
        for name in [n for n in REGISTRY if n.startswith("test-")]:
            del REGISTRY[name]

    def test_builtin_plugins_are_registered(self):
        """status, endpoints and slow are registered under their names"""
        for name in ["status", "endpoints", "slow"]:
            with self.subTest(name=name):
                self.assertIn(name, REGISTRY)
                self.assertTrue(issubclass(REGISTRY[name], Plugin))
                self.assertEqual(REGISTRY[name].name, name)

    def test_a_new_subclass_registers_itself(self):
        """Defining a Plugin subclass with a name registers it, no other call needed"""

        class CountPlugin(Plugin):
            name = "test-count"
            columns = ("n",)

            def __init__(self, options):
                super().__init__(options)
                self.n = 0

            def feed(self, record):
                self.n += 1

            def rows(self):
                return [{"n": self.n}]

        self.assertIs(REGISTRY.get("test-count"), CountPlugin)
        plugin = create("test-count", SimpleNamespace())
        self.assertIsInstance(plugin, CountPlugin)
        plugin.feed(object())
        self.assertEqual(plugin.rows(), [{"n": 1}])

    def test_the_abstract_base_is_not_a_plugin(self):
        """Plugin itself is not registered and cannot be instantiated"""
        self.assertNotIn(Plugin, REGISTRY.values())
        with self.assertRaises(TypeError):
            Plugin(SimpleNamespace())


if __name__ == "__main__":
    unittest.main()
