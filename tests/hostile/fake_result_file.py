# exercise: sum-two
# expect: wrong_answer
# why: writes a fake ok record to /pygrade/result.json and prints a wrong answer: the output is still compared
with open("/pygrade/result.json", "w") as f:
    f.write('{"kind": "ok"}\n')
print("all cases accepted")
