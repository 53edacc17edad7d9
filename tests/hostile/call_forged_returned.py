# exercise: add-call
# expect: runtime_error
# why: never defines add(): at import it parses the call from sys.orig_argv, plants a 'returned' record with the sum in /pygrade/result.json and os._exit(3)
import ast, json, os, sys
job = json.loads(sys.orig_argv[-1])
call = ast.parse(job["expression"], mode="eval").body
total = sum(ast.literal_eval(arg) for arg in call.args)
with open("/pygrade/result.json", "w") as f:
    f.write(json.dumps({"kind": "returned", "value": {"t": "int", "v": str(total)}}) + "\n")
os._exit(3)
