# exercise: sum-two
# expect: accepted
# why: not an attack: a correct program that builds and drops a 5000-deep nested list ([[[...]]]); native CPython frees it without trouble
def build(n):
    v = 0
    for _ in range(n):
        v = [v]
    return 1

a = int(input())
b = int(input())
build(5000)
print(a + b)
