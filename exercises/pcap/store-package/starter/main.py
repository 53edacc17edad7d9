"""The till: read the basket from standard input and print the bill."""

# TODO: import the tools you need from the store package, e.g.
#       from store import format_cents, line_total, tax_on, to_cents


def main():
    # TODO: read lines "name,category,quantity,price" until an empty line or
    #       the end of input (input() raises EOFError there), print one line
    #       per item, then Subtotal, Tax and Total - or "No items.".
    print("Till not implemented yet")


# TODO: call main() only when this file is run, not when it is imported.
main()
