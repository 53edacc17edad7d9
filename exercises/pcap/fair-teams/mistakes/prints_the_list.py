# Mistake: puts the list of names straight into the f-string, so the line reads
# "Team A: ['Ana', 'Dara', 'Eli'] (total 17)" instead of
# "Team A: Ana, Dara, Eli (total 17)". The split itself is the fairest one.
import sys
from itertools import combinations

players = []
for line in sys.stdin:
    words = line.split()
    if words:
        players.append((words[0], int(words[1])))

total = sum(skill for name, skill in players)
best = min(
    combinations(range(len(players)), len(players) // 2),
    key=lambda group: abs(total - 2 * sum(players[i][1] for i in group)),
)
team_a = [players[i] for i in best]
team_b = [players[i] for i in range(len(players)) if i not in best]

for label, team in (("A", team_a), ("B", team_b)):
    names = [name for name, skill in team]
    print(f"Team {label}: {names} (total {sum(skill for name, skill in team)})")
