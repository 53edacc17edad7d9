# Quality check of the honey co-op's jar weights with the statistics module.
import csv
import statistics


def describe(values, population=False):
    """Return (mean, median, spread) of values, or None where undefined."""
    # TODO: handle the empty list, then use statistics.mean and
    #       statistics.median; the spread is statistics.pstdev for a
    #       population and statistics.stdev for a sample (None for a
    #       sample of one value).
    return (None, None, None)


def batch_report(path):
    """Return [(batch, jars weighed, mean, median, stdev), ...] by batch code."""
    # TODO: read the log with csv.reader (encoding="utf-8", newline=""),
    #       skip missing weights ("" or "broken") and group the weights by
    #       batch.
    # TODO: describe each batch as a sample, round to 1 decimal and sort by
    #       batch code.
    return []
