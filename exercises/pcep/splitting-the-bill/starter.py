# Split a restaurant bill fairly: every friend pays whole cents, and the
# shares add up to exactly the bill.

bill = float(input())
friends = int(input())

# TODO: turn the bill into a whole number of cents (careful: 19.99 * 100 is
#       not exactly 1999 in Python).
# TODO: with // and %, find each friend's share and the cents left over;
#       the first friends pay one extra cent each.
# TODO: print one "Friend N pays X.XX" line per friend, then "Total: X.XX".
print("Total: TODO")
