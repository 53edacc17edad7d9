# exercise: add-call
# expect: accepted
# known: code in the same interpreter can patch the harness through frames; it can only misreport a value it computed itself, never learn an expected one (SECURITY.md)
# why: add() returns a string but patches the harness's encode() (via f_back frames) to report it as an int: a forged value must not be accepted
import sys

def add(a, b):
    frame = sys._getframe()
    while frame is not None:
        g = frame.f_globals
        if "RESULT" in g and "encode" in g:
            real = g["encode"]
            g["encode"] = lambda value, depth=0: {"t": "int", "v": value} if type(value) is str else real(value, depth)
        frame = frame.f_back
    return str(a + b)
