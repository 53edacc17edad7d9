# Mistake: always writes "guesses", so a first-time hit prints "Correct after 1 guesses".
secret = int(input())
max_guesses = int(input())

guesses = 0
while guesses < max_guesses:
    guess = int(input())
    guesses += 1
    if guess < secret:
        print("Too low")
    elif guess > secret:
        print("Too high")
    else:
        print(f"Correct after {guesses} guesses")
        break
else:
    print(f"Out of guesses! The number was {secret}.")
