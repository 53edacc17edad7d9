# Mistake: range(low, high) stops BEFORE high, so a prime equal to high is left out.
def is_prime(n):
    if n < 2:
        return False
    for divisor in range(2, n):
        if n % divisor == 0:
            return False
    return True


def primes_between(low, high):
    primes = []
    for number in range(max(low, 2), high):
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
