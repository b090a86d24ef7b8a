"""The 1,000,000-row recompute workloads of benchmarks/ConsensusLab.Statistics.Benchmarks (RawRecomputeBenchmarks), timed
with NumPy/SciPy on the same rows, generated the same way (SplitMix64 per column, see RawRows.cs).

Run with the system Python that has SciPy: /usr/bin/python3 benchmarks/scipy/recompute_1m.py [statistic ...]
Prints one line per statistic: the median of 15 timed runs after 3 warm-ups (3 runs for one that takes over a second),
in milliseconds, and a check value that the C# benchmark's output can be compared with.
"""
import statistics
import sys
import time

import numpy as np
from scipy import stats
from scipy.stats import entropy

ROWS = 1_000_000
GROUPS = 6
POINTS = 5
ITEMS = 5
JUDGES = ROWS // ITEMS
ALPHA = 1.3


def splitmix64(seed, n):
    """z_i = SplitMix64 output for counter i + 1 of the stream seeded with `seed` (wrapping uint64 arithmetic)."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + (np.arange(1, n + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def unit(z):
    """[0, 1) from the top 53 bits, exactly as the C# side does it."""
    return (z >> np.uint64(11)).astype(np.float64) * (1.0 / 9007199254740992.0)


def rows():
    group = (splitmix64(1, ROWS) % np.uint64(GROUPS)).astype(np.int64)
    likert = np.clip(group % POINTS + (splitmix64(2, ROWS) % np.uint64(POINTS)).astype(np.int64) - 2, 0, POINTS - 1)
    position = unit(splitmix64(3, ROWS)) * 2 - 1
    weight = 0.5 + 1.5 * unit(splitmix64(4, ROWS))
    # Each judge scores the five items 1..5 independently, so rankings have ties (mid-ranks, Kendall's correction).
    scores = ((splitmix64(5, ROWS) % np.uint64(ITEMS)) + np.uint64(1)).astype(np.float64).reshape(JUDGES, ITEMS)
    return group, likert, position, weight, scores


def chi_square(group, likert):
    table = np.bincount(group * POINTS + likert, minlength=GROUPS * POINTS).reshape(GROUPS, POINTS)
    return stats.chi2_contingency(table, correction=False)[0]


def jensen_shannon(group, likert):
    table = np.bincount(group * POINTS + likert, minlength=GROUPS * POINTS).reshape(GROUPS, POINTS).astype(np.float64)
    sizes = table.sum(axis=1)
    pi = sizes / sizes.sum()
    rows_ = table / sizes[:, None]
    return entropy(pi @ rows_, base=2) - np.sum(pi * entropy(rows_, base=2, axis=1))


def agreement_share(likert, weight):
    """Weighted share in the top two points with its linearisation SE (R survey's svymean)."""
    y = (likert >= POINTS - 2).astype(np.float64)
    total = weight.sum()
    p = np.dot(weight, y) / total
    n = len(y)
    se = np.sqrt(n / (n - 1) * np.dot(weight * weight, (y - p) ** 2)) / total
    return p + se


def kruskal_wallis(position, group):
    return stats.kruskal(*[position[group == g] for g in range(GROUPS)]).statistic


def kendall_w(scores):
    ranks = stats.rankdata(scores, axis=1)
    m, k = ranks.shape
    sums = ranks.sum(axis=0)
    s = np.sum((sums - m * (k + 1) / 2) ** 2)
    # Kendall's tie correction: Σ (t³ − t) over each judge's groups of tied scores.
    counts = np.stack([(scores == v).sum(axis=1) for v in range(1, ITEMS + 1)], axis=1).astype(np.float64)
    ties = np.sum(counts ** 3 - counts)
    return 12 * s / (m * m * (k ** 3 - k) - m * ties)


def hf7_quantiles(sorted_values, sorted_weights, ps):
    """R survey's qrule = "hf7": the k-th sorted answer at (w_1 + … + w_{k−1}) / (W − w_n), interpolated."""
    cumulative = np.concatenate(([0.0], np.cumsum(sorted_weights[:-1])))
    return np.interp(ps, cumulative / (sorted_weights.sum() - sorted_weights[-1]), sorted_values)


def position_summary(position, weight):
    """Mean, population and survey variances, hf7 quartiles, Esteban–Ray on individuals (prefix sums over distinct positions)."""
    order = np.argsort(position, kind="stable")
    x, w = position[order], weight[order]
    total = w.sum()
    mean = np.dot(w, x) / total
    population = np.dot(w, (x - mean) ** 2) / total
    n = len(x)
    survey = population * n / (n - 1)
    quartiles = hf7_quantiles(x, w, [0.25, 0.5, 0.75])
    values, starts = np.unique(x, return_index=True)
    pi = np.add.reduceat(w, starts) / total
    y = (values + 1) / 2
    below_mass = np.cumsum(pi) - pi
    below_moment = np.cumsum(pi * y) - pi * y
    moment = np.sum(pi * y)
    distance = y * below_mass - below_moment + (moment - below_moment - pi * y) - y * (1 - below_mass - pi)
    polarization = 2 ** (1 + ALPHA) * np.sum(pi ** (1 + ALPHA) * distance)
    return mean + population + survey + quartiles.sum() + polarization


def weighted_median(position, weight):
    order = np.argsort(position, kind="stable")
    return hf7_quantiles(position[order], weight[order], [0.5])[0]


def timed(name, run, repeats=15, warmups=3):
    if len(sys.argv) > 1 and name not in sys.argv[1:]:
        return
    start = time.perf_counter()
    value = run()
    if time.perf_counter() - start > 1:
        # SciPy's rankdata along an axis takes seconds; a few runs give its median just as well.
        repeats, warmups = 3, 0
    for _ in range(warmups):
        value = run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        value = run()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{name:<22} {statistics.median(times):10.3f} ms   check {value:.12g}")


def main():
    group, likert, position, weight, scores = rows()
    print(f"scipy {stats.__name__.split('.')[0]} {sys.modules['scipy'].__version__}, numpy {np.__version__}, {ROWS:,} rows; "
          f"load average {open('/proc/loadavg').read().split()[0]}")
    timed("ChiSquare", lambda: chi_square(group, likert))
    timed("JensenShannon", lambda: jensen_shannon(group, likert))
    timed("AgreementShare", lambda: agreement_share(likert, weight))
    timed("KruskalWallis", lambda: kruskal_wallis(position, group))
    timed("KendallW", lambda: kendall_w(scores))
    timed("PositionSummary", lambda: position_summary(position, weight))
    timed("WeightedMedian", lambda: weighted_median(position, weight))


if __name__ == "__main__":
    main()
