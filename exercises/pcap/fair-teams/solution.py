# Split the players into two teams whose total skills are as close as possible.
import sys
from itertools import combinations

players = []  # (name, skill) pairs, in the order they were typed
for line in sys.stdin:
    words = line.split()
    if words:  # skip blank lines
        players.append((words[0], int(words[1])))

total = sum(skill for name, skill in players)

# Team A gets len(players) // 2 players: try every such group and keep the one
# whose total is closest to half of everything (Team B gets the rest).
best = min(
    combinations(range(len(players)), len(players) // 2),
    key=lambda group: abs(total - 2 * sum(players[i][1] for i in group)),
)
team_a = [players[i] for i in best]
team_b = [players[i] for i in range(len(players)) if i not in best]

for label, team in (("A", team_a), ("B", team_b)):
    names = ", ".join(name for name, skill in team)
    print(f"Team {label}: {names} (total {sum(skill for name, skill in team)})")
