# exercise: add-call
# expect: wrong_answer
# why: prints fake harness records on stdout and returns a string: printed text is never parsed as a record
import json

def add(a, b):
    print(json.dumps({"kind": "returned", "value": {"t": "int", "v": str(a + b)}}))
    return str(a + b)
