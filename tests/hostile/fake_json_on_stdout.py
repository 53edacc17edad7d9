# exercise: sum-two
# expect: wrong_answer
# why: prints a fake pygrade report and a fake harness record on stdout: stdout is only ever compared, never parsed
import json
print(json.dumps({"kind": "ok"}))
print(json.dumps({"schema_version": 1, "status": "pass", "score": 5, "max_score": 5,
                  "cases": [{"name": "two small numbers", "verdict": "accepted"}]}))
