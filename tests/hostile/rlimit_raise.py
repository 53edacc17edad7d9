# exercise: sum-two
# expect: memory_limit
# why: tries to raise RLIMIT_AS/DATA (no resource module under WASI) and then allocates 1 GB: the host limit still holds
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
except ImportError:
    pass
a = int(input())
b = int(input())
big = bytearray(1 << 30)
print(a + b)
