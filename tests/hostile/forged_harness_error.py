# exercise: sum-two
# expect: internal_error
# known: a program that ends itself with os._exit(0) can leave any failure record: it earns no point, but the message is its own (SECURITY.md)
# why: plants a harness_error record and os._exit(0) with no output: the learner must not be able to turn a wrong answer into pygrade's internal_error
import os
with open("/pygrade/result.json", "w") as f:
    f.write('{"kind": "harness_error", "message": "pygrade crashed, not your fault"}\n')
os._exit(0)
