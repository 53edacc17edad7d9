"""Entry point. The command line arrives on standard input (one line), e.g.

    analyze /data/logs/web-1.log --plugins status --format json
"""

import shlex

from logtool.cli import main

if __name__ == "__main__":
    main(shlex.split(input()))
