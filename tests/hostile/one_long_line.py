# exercise: sum-two
# expect: output_limit
# why: one single 1 MB line, no newline at all, crosses the 16 KiB budget in one write
import sys
sys.stdout.write("9" * 1_000_000)
