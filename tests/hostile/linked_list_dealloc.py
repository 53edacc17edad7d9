# exercise: sum-two
# expect: accepted
# why: not an attack: a correct program that builds and drops a 10000-node linked list of plain objects; native CPython frees it without trouble
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt

def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head.value

a = int(input())
b = int(input())
build(10_000)
print(a + b)
