# exercise: sum-two
# expect: syntax_error
# known: a program that ends itself with os._exit(0) can leave any failure record: it earns no point, but the message is its own (SECURITY.md)
# why: plants a syntax_error record naming line 1 and os._exit(0) with no output: a file that compiles must not be reported as a syntax error
import os
with open("/pygrade/result.json", "w") as f:
    f.write('{"kind": "syntax_error", "type": "SyntaxError", "message": "pygrade cannot parse this", "file": "solution.py", "line": 1, "offset": 1, "end_offset": 2, "source": "import os"}\n')
os._exit(0)
