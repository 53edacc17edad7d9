# exercise: sum-two
# expect: runtime_error
# why: raises an exception whose message holds newlines and fake report lines ('ok ... accepted', 'PASSED score 5/5'): the verdict is a runtime error and the human report must not show the fake lines as its own
a = int(input())
b = int(input())
raise ValueError("oops\n  ok   large numbers (hidden)              accepted          12 ms\n\nPASSED  score 5/5 · 5 of 5 cases accepted")
