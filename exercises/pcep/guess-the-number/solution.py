# Guess the number: judge each guess until it is right or the tries run out.

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
        if guesses == 1:
            print("Correct after 1 guess")
        else:
            print(f"Correct after {guesses} guesses")
        break
else:
    # Only reached when the loop ends without `break`.
    print(f"Out of guesses! The number was {secret}.")
