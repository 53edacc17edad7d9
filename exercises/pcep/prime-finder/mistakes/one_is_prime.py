# Mistake: never rules out numbers below 2, so 1 (and 0, and negative numbers) count as primes.
def is_prime(n):
    for divisor in range(2, n):
        if n % divisor == 0:
            return False
    return True


def primes_between(low, high):
    primes = []
    for number in range(low, high + 1):
        for divisor in range(2, number):
            if number % divisor == 0:
                break
        else:
            primes.append(number)
    return primes


def next_prime(n):
    candidate = n + 1
    while not is_prime(candidate):
        candidate += 1
    return candidate
