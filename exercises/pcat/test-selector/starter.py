# Write select_tests and run_quietly (see the README).
# Tip: unittest.TestLoader().loadTestsFromModule(module) gives nested
# suites; walk them to reach each test, and use test.id() for its full name.
import fnmatch
import io
import unittest


def select_tests(module, patterns=(), exclude=()):
    # TODO: keep only the tests whose id matches a pattern and no exclude
    return unittest.TestLoader().loadTestsFromModule(module)


def run_quietly(suite):
    # TODO: run without printing, return the counts
    return {}
