# Mistake: sorts the players from strongest to weakest and deals them out in
# turn, A, B, A, B... The split is valid, but not always the fairest one:
# "Ana 7, Bo 5, Chen 9, Dara 4, Eli 6, Fay 3" gives 19 against 15, when 17
# against 17 is possible.
import sys

players = []
for line in sys.stdin:
    words = line.split()
    if words:
        players.append((words[0], int(words[1])))

players.sort(key=lambda player: player[1], reverse=True)
team_a = players[0::2]
team_b = players[1::2]

for label, team in (("A", team_a), ("B", team_b)):
    names = ", ".join(name for name, skill in team)
    print(f"Team {label}: {names} (total {sum(skill for name, skill in team)})")
