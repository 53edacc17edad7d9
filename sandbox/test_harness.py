"""Unit tests of the guest harness, run inside the sandbox by tests/harness.rs (the real
interpreter the harness runs on), with harness.py copied beside this file."""

import sys
import unittest

sys.path.insert(0, "/submission")
import harness  # noqa: E402


class Encode(unittest.TestCase):
    def test_builtins_are_tagged_exactly(self):
        self.assertEqual(harness.encode(None), {"t": "none"})
        self.assertEqual(harness.encode(True), {"t": "bool", "v": True})
        self.assertEqual(harness.encode(-12), {"t": "int", "v": "-12"})
        self.assertEqual(harness.encode(0.1), {"t": "float", "v": "0.1"})
        self.assertEqual(harness.encode(float("nan")), {"t": "float", "v": "nan"})
        self.assertEqual(harness.encode("é"), {"t": "str", "v": "é"})
        self.assertEqual(harness.encode(b"\x00\xff"), {"t": "bytes", "v": "00ff"})
        self.assertEqual(harness.encode((1,)), {"t": "tuple", "v": [{"t": "int", "v": "1"}]})
        self.assertEqual(harness.encode(frozenset()), {"t": "frozenset", "v": []})
        self.assertEqual(
            harness.encode({"a": [None]}),
            {"t": "dict", "v": [[{"t": "str", "v": "a"}, {"t": "list", "v": [{"t": "none"}]}]]},
        )

    def test_lookalikes_are_never_taken_for_builtins(self):
        class Sneaky(int):
            def __eq__(self, other):
                return True

            def __repr__(self):
                return "212"

        encoded = harness.encode(Sneaky(5))
        self.assertEqual(encoded["t"], "other")
        self.assertEqual(encoded["type"], "Sneaky")

    def test_values_that_cannot_be_sent_are_described(self):
        self.assertEqual(harness.encode(10**5000)["t"], "other")
        self.assertEqual(harness.encode("\ud800")["t"], "other")
        deep = []
        for _ in range(harness.MAX_DEPTH + 5):
            deep = [deep]
        text = repr(harness.encode(deep))
        self.assertIn("nested too deeply", text)

    def test_a_repr_that_raises_does_not_break_the_harness(self):
        class Broken:
            def __repr__(self):
                raise RuntimeError("no")

        self.assertIn("unrepresentable", harness.encode(Broken())["repr"])


class Records(unittest.TestCase):
    def test_only_the_solutions_frames_are_reported(self):
        # This file runs as the solution, so its own frame counts; the frame of code from
        # another file (as the harness is) does not.
        namespace = {}
        exec(compile("def f():\n    return 1 / 0\n", "/submission/pkg/mod.py", "exec"), namespace)
        exec(compile("def g():\n    return f()\n", "<elsewhere>", "exec"), namespace)
        try:
            namespace["g"]()
        except ZeroDivisionError as exc:
            record = harness._exception_record(exc)
        self.assertEqual(record["type"], "ZeroDivisionError")
        functions = [f["function"] for f in record["frames"]]
        self.assertEqual(functions, ["test_only_the_solutions_frames_are_reported", "f"])
        self.assertEqual(record["frames"][-1]["line"], 2)
        self.assertEqual([f["file"] for f in record["frames"]], ["solution.py", "pkg/mod.py"])

    def test_exit_codes_follow_the_interpreter(self):
        self.assertEqual(harness._exit_record(SystemExit())["code"], 0)
        self.assertEqual(harness._exit_record(SystemExit(3))["code"], 3)
        self.assertEqual(harness._exit_record(SystemExit("bye"))["code"], 1)

    def test_exception_names_carry_their_module(self):
        import json

        try:
            json.loads("{")
        except ValueError as exc:
            record = harness._exception_record(exc)
        self.assertEqual(record["type"], "json.decoder.JSONDecodeError")


class Tests(unittest.TestCase):
    def test_tests_are_collected_in_the_order_they_are_written(self):
        import types

        module = types.ModuleType("fake_tests")
        source = (
            "import unittest\n"
            "class Base(unittest.TestCase):\n"
            "    def test_zeta(self): pass\n"
            "class Later(Base):\n"
            "    def test_beta(self): pass\n"
            "    def test_alpha(self): pass\n"
            "    def helper(self): pass\n"
        )
        exec(compile(source, "/case/test_module.py", "exec"), module.__dict__)
        for cls in (module.Base, module.Later):
            cls.__module__ = "fake_tests"
        names = [t.id() for t in harness._collect_tests(unittest, module)]
        self.assertEqual(names, [
            "fake_tests.Base.test_zeta",
            "fake_tests.Later.test_zeta",
            "fake_tests.Later.test_beta",
            "fake_tests.Later.test_alpha",
        ])

    def test_a_test_is_described_by_its_docstring(self):
        class Sample(unittest.TestCase):
            def test_it(self):
                """Deposits add up.

                More words."""

        self.assertEqual(harness._test_description(Sample("test_it"))["doc"], "Deposits add up.")


if __name__ == "__main__":
    unittest.main(verbosity=2)
