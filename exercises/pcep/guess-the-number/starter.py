# Guess the number: judge each guess until it is right or the tries run out.

secret = int(input())
max_guesses = int(input())

# TODO: repeat while the player still has guesses left:
#   - read a guess and count it
#   - print "Too low", "Too high", or "Correct after N guesses" and stop
# TODO: if all the guesses are used up without a correct one, print
#       "Out of guesses! The number was N." (a while loop can have an else).
print("Game not implemented yet")
