# exercise: sum-two
# expect: runtime_error
# why: subprocess.run(['cat', '/etc/passwd']) cannot start a process: uncaught error is a runtime error
import subprocess
a = int(input())
b = int(input())
print(subprocess.run(["cat", "/etc/passwd"], capture_output=True).stdout)
print(a + b)
