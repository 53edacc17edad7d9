# Split the players into two teams whose total skills are as close as possible.
import sys

players = []  # (name, skill) pairs, in the order they were typed
for line in sys.stdin:
    words = line.split()
    if words:  # skip blank lines
        players.append((words[0], int(words[1])))

# TODO: Team A gets len(players) // 2 players and Team B the others. Try every
#       possible Team A and keep the one whose total is closest to Team B's.
team_a = players
team_b = []

# TODO: nothing to change here once team_a and team_b are right.
for label, team in (("A", team_a), ("B", team_b)):
    names = ", ".join(name for name, skill in team)
    print(f"Team {label}: {names} (total {sum(skill for name, skill in team)})")
