# Check a list of paths: count the lines of the files that open, explain the rest.
import errno
import sys

for line in sys.stdin:
    path = line.strip()
    # TODO: skip blank lines; try to open the path (encoding="utf-8").
    # TODO: on OSError, look at its .errno: errno.ENOENT -> "not found",
    #       errno.EISDIR -> "is a directory", anything else ->
    #       "error " + errno.errorcode[...].
    # TODO: otherwise count the lines with readlines() and close the file.
    print(f"{path}: not checked yet")

# TODO: print the summary line "opened X of Y files, Z lines in total".
