# exercise: sum-two
# expect: memory_limit
# why: catching MemoryError while growing must not help: the limiter traps, so the except branch never prints the answer
a = int(input())
b = int(input())
chunks = []
try:
    while True:
        chunks.append(bytearray(8 << 20))
except MemoryError:
    chunks = None
    print(a + b)
