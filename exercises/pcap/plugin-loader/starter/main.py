"""A tiny plugin host: list the plugins, and run their functions by name."""

import plugins


def main():
    while True:
        try:
            line = input()
        except EOFError:
            break
        if line.strip() == "":
            break
        # TODO: "list" prints each plugin of plugins.__all__ with its public functions
        #       (use dir() and callable()); "run <plugin>.<function> [text]" finds the
        #       function with getattr() and prints what it returns. See the README
        #       for the error messages.
        print("not implemented yet")


if __name__ == "__main__":
    main()
