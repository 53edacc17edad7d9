# Mistake: the `else` is indented under the `if` instead of under the inner `for`, so a number is kept as soon as ONE divisor fails (9 is "prime" because 9 % 2 != 0).
def is_prime(n):
    if n < 2:
        return False
    for divisor in range(2, n):
        if n % divisor == 0:
            return False
    return True


def primes_between(low, high):
    primes = []
    for number in range(max(low, 2), high + 1):
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
