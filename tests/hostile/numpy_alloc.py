# exercise: sum-two
# expect: memory_limit|time_limit
# known: importing numpy alone takes 1.2-3.3 s on a loaded 2-core machine, so the 2 s time limit can strike before the allocation
# why: numpy.zeros of 30 million floats (240 MB) is past the 160 MiB limit; FLAKY: importing numpy alone takes 1.2-3.3 s here, so time_limit can strike first
import numpy
a = int(input())
b = int(input())
arr = numpy.ones(30_000_000)
print(a + b)
