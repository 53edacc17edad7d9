# Mistake: always uses the sample standard deviation (stdev), even when the
# values are the whole population and pstdev was asked for.
import csv
import statistics


def describe(values, population=False):
    """Return (mean, median, spread) of values, or None where undefined.

    The spread is the population standard deviation when `population` is
    true, else the sample standard deviation.
    """
    if not values:
        return (None, None, None)
    if len(values) < 2:
        spread = None  # a sample of one says nothing about the spread
    else:
        spread = statistics.stdev(values)
    return (statistics.mean(values), statistics.median(values), spread)


def batch_report(path):
    """Return [(batch, jars weighed, mean, median, stdev), ...] by batch code."""
    weights = {}
    with open(path, encoding="utf-8", newline="") as log:
        reader = csv.reader(log)
        next(reader)  # header: batch,jar,weight_g
        for row in reader:
            if not row:
                continue
            batch, jar, weight = (cell.strip() for cell in row)
            if weight in ("", "broken"):
                continue
            weights.setdefault(batch, []).append(float(weight))

    report = []
    for batch in sorted(weights):
        mean, median, spread = describe(weights[batch])
        if spread is not None:
            spread = round(spread, 1)
        report.append((batch, len(weights[batch]), round(mean, 1),
                       round(median, 1), spread))
    return report
