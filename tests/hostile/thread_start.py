# exercise: sum-two
# expect: runtime_error
# why: starting a thread fails (no threads in the sandbox): RuntimeError, a runtime error
import threading
a = int(input())
b = int(input())
t = threading.Thread(target=print, args=(a + b,))
t.start()
t.join()
