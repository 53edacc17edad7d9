# exercise: sum-two
# expect: output_limit
# why: the output budget covers stderr too: an endless stderr loop is output_limit
import sys
while True:
    sys.stderr.write("debug line that never ends\n")
