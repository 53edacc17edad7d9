# Summarise thermostat readings: results on stdout, warnings on stderr.
import sys

for line in sys.stdin:
    # TODO: number the lines; skip blank lines and lines starting with "#".
    # TODO: a good line is "<room> <temperature>" with -50 <= temperature <= 60;
    #       for any other line, write a warning to sys.stderr and count it.
    # TODO: add up the temperatures and count the readings of each room.
    pass

# TODO: write "<room>: <average> (n=<count>)" for each room in sorted order,
#       then the "readings: ..., skipped: ..." line, to sys.stdout.
sys.stdout.write("readings: 0, skipped: 0\n")
