# exercise: sum-two
# expect: runtime_error
# why: __import__('os').system('cat /etc/passwd') does not exist under WASI: AttributeError
a = int(input())
b = int(input())
__import__("os").system("cat /etc/passwd")
print(a + b)
