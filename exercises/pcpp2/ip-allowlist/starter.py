# Decide which client addresses may use the admin API (see the README).
import ipaddress


def main():
    rules_path = input().strip()
    # TODO: read the rules with ipaddress.ip_network(..., strict=False)
    while True:
        try:
            text = input().strip()
        except EOFError:
            break
        # TODO: parse the address, find the most specific matching rule
        print(f"{text} deny (default)")
    print("allowed 0, denied 0, invalid 0")


if __name__ == "__main__":
    main()
