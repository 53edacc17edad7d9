# exercise: sum-two
# expect: runtime_error
# why: ctypes imports but cannot load a shared library (CDLL(None), libc.so.6) in wasm: an uncaught error is a runtime error
import ctypes
a = int(input())
b = int(input())
libc = ctypes.CDLL("libc.so.6")
libc.system(b"cat /etc/passwd")
print(a + b)
