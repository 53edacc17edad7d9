# Planetarium distance display: one distance in, the same distance in
# kilometres, astronomical units and light years out.

# TODO: write the two conversion factors as float literals in scientific
#       notation: 1 au = 1.496 x 10^8 km, 1 ly = 9.4607 x 10^12 km.

number, unit = input().split()  # e.g. "4.0208e13 km" -> "4.0208e13", "km"

# TODO: convert the number with float() (it understands "4.0208e13").
# TODO: work out the distance in km, then in au and in ly.
# TODO: print all three with the format spec .3e, e.g.
#       "4.021e+13 km = 2.688e+05 au = 4.250e+00 ly"
print("? km = ? au = ? ly")
