# Mistake: builds Team B by removing Team A's players from the list while a
# for loop walks over that same list. Each removal shifts the next player into
# the slot the loop has just visited, so he is skipped: when two players of
# Team A follow each other in the input, the second one stays in Team B too.
import sys
from itertools import combinations

players = []
for line in sys.stdin:
    words = line.split()
    if words:
        players.append((words[0], int(words[1])))

total = sum(skill for name, skill in players)
team_a = list(min(
    combinations(players, len(players) // 2),
    key=lambda group: abs(total - 2 * sum(skill for name, skill in group)),
))
team_b = players
for player in team_b:
    if player in team_a:
        team_b.remove(player)

for label, team in (("A", team_a), ("B", team_b)):
    names = ", ".join(name for name, skill in team)
    print(f"Team {label}: {names} (total {sum(skill for name, skill in team)})")
