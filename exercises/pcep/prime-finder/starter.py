def is_prime(n):
    """Return True if the whole number n is a prime number."""
    # TODO: numbers below 2 are not prime; otherwise look for a divisor.
    pass


def primes_between(low, high):
    """Return the list of primes p with low <= p <= high, smallest first."""
    # TODO: loop over every number from low to high (both included) and
    #       keep the ones that have no divisor (a for loop can have an else).
    pass


def next_prime(n):
    """Return the smallest prime number greater than n."""
    # TODO: try n + 1, n + 2, ... until you find a prime.
    pass
