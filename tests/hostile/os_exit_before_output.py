# exercise: sum-two
# expect: wrong_answer
# why: os._exit(0) skips the harness entirely: no record, empty output; must be judged by that empty output
import os
os._exit(0)
