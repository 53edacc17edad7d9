# Calculator for the school tablet: one "a op b" per line, never crashes.

line = input()
while line != "":
    left, op, right = line.split()
    # TODO: convert left and right with float() and compute the result
    #       for the operators + - * / // % **, printed with two decimals.
    # TODO: wrap it in try/except and print one error line instead of
    #       crashing: division by zero, result too large, not a number.
    #       Mind the order of the except branches!
    # TODO: print "Error: unknown operator" for any other operator.
    print("TODO")
    line = input()
