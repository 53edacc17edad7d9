# exercise: sum-two
# expect: runtime_error
# why: signal.alarm does not exist under WASI (an alarm handler cannot pre-empt the limit): AttributeError
import signal
a = int(input())
b = int(input())
signal.signal(signal.SIGALRM, lambda *args: None)
signal.alarm(1)
print(a + b)
