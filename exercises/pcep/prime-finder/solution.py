def is_prime(n):
    """Return True if the whole number n is a prime number."""
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    # Only odd divisors are left to try, and only up to the square root.
    for divisor in range(3, int(n ** 0.5) + 1, 2):
        if n % divisor == 0:
            return False
    return True


def primes_between(low, high):
    """Return the list of primes p with low <= p <= high, smallest first."""
    primes = []
    for number in range(max(low, 2), high + 1):
        for divisor in range(2, int(number ** 0.5) + 1):
            if number % divisor == 0:
                break  # a divisor: not a prime
        else:
            # The inner loop found no divisor.
            primes.append(number)
    return primes


def next_prime(n):
    """Return the smallest prime number greater than n."""
    candidate = n + 1
    while not is_prime(candidate):
        candidate += 1
    return candidate
