# exercise: sum-two
# expect: wrong_answer
# why: replaces builtins.print with one that prints 'accepted' and a fake ok record: it only changes the learner's own output
import builtins, sys
def fake(*args, **kwargs):
    sys.stdout.write('accepted\n{"kind": "ok"}\n')
builtins.print = fake
print(int(input()) + int(input()))
