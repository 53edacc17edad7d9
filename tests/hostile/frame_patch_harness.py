# exercise: sum-two
# expect: accepted
# known: code in the same interpreter can patch the harness through frames: a crash after printing the right answer can be made to look clean (SECURITY.md)
# why: walks sys._getframe().f_back to the harness's globals, replaces _exception_record so a crash reports 'ok', prints the answer and raises: a crash must stay a runtime error
import sys
a = int(input())
b = int(input())
print(a + b)
frame = sys._getframe()
while frame is not None:
    g = frame.f_globals
    if "RESULT" in g and "_exception_record" in g:
        g["_exception_record"] = lambda exc, extra=(): {"kind": "ok"}
    frame = frame.f_back
raise ZeroDivisionError("crashed after printing")
