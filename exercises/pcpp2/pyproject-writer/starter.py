"""Write a pyproject.toml from a project's metadata, and name its archives."""
import json
import os


def main():
    with open(input().strip(), encoding="utf-8") as handle:
        meta = json.load(handle)
    os.makedirs("/tmp/out", exist_ok=True)
    # TODO: write the whole pyproject.toml (see the README) and print the
    # wheel and sdist file names.
    with open("/tmp/out/pyproject.toml", "w", encoding="utf-8") as handle:
        handle.write("[project]\n")
        handle.write(f'name = "{meta["name"]}"\n')


if __name__ == "__main__":
    main()
