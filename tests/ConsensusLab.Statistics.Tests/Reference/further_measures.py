#!/usr/bin/python3
"""Reference values for the "Further measures" tests (issue 12).

Run with Debian's interpreter, which has SciPy 1.10 and statsmodels 0.13:
    /usr/bin/python3 tests/ConsensusLab.Statistics.Tests/Reference/further_measures.py
Each block prints the figures one test class asserts; the test names the block it copies from.
"""
import math

import numpy as np
from scipy.spatial.distance import jensenshannon
from scipy.stats import chi2_contingency, kendalltau, rankdata
from statsmodels.stats.inter_rater import fleiss_kappa

print("== Yates (IndependenceTestTests)")
for table in ([[12, 5], [7, 15]], [[5, 5], [5, 6]], [[762, 327, 468], [484, 239, 477]]):
    stat, p, dof, _ = chi2_contingency(table, correction=True)
    print(table, repr(stat), dof, repr(p))

print("== Bias-corrected Cramer's V, Bergsma (2013) eq. 5, from SciPy's uncorrected X^2 (IndependenceTestTests)")
for table in ([[762, 327, 468], [484, 239, 477]], [[12, 5], [7, 15]], [[3, 2], [2, 3]]):
    t = np.array(table, dtype=float)
    n = t.sum()
    r, c = t.shape
    x2 = chi2_contingency(t, correction=False)[0]
    phi2 = max(0.0, x2 / n - (r - 1) * (c - 1) / (n - 1))
    r_tilde = r - (r - 1) ** 2 / (n - 1)
    c_tilde = c - (c - 1) ** 2 / (n - 1)
    print(table, "plain", repr(math.sqrt(x2 / (n * min(r - 1, c - 1)))),
          "corrected", repr(math.sqrt(phi2 / min(r_tilde - 1, c_tilde - 1))))

print("== Kendall tau-b (KendallTauTests)")
for x, y in (([1, 2, 3, 4, 5], [3, 4, 1, 2, 5]),
             ([1, 2, 2, 4, 5, 6, 6, 8], [2, 1, 3, 3, 6, 5, 8, 8]),
             ([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]),
             ([1, 2, 3], [3, 2, 1])):
    result = kendalltau(x, y, variant="b", method="asymptotic")
    print(x, y, repr(result.statistic), repr(result.pvalue))

print("== Fleiss' kappa, Wikipedia's 10 subjects x 14 raters x 5 categories (FleissKappaTests)")
wikipedia = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
             [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
print(repr(fleiss_kappa(wikipedia, method="fleiss")))
# Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses, as R's irr package ships it (irr::diagnoses, where
# kappam.fleiss gives 0.4302445). Rows are patients, entries the diagnosis 1..5 each psychiatrist gave.
diagnoses = [[4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
             [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
             [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
             [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
             [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
             [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5]]
fleiss_table = [[row.count(category) for category in range(1, 6)] for row in diagnoses]
print("Fleiss 1971 counts", fleiss_table)
print("Fleiss 1971", repr(fleiss_kappa(fleiss_table, method="fleiss")))
print("two subjects, opposite", repr(fleiss_kappa([[2, 0], [0, 2]], method="fleiss")))
print("two subjects, split", repr(fleiss_kappa([[1, 1], [1, 1]], method="fleiss")))


def krippendorff(data, delta):
    """Pairwise form (Krippendorff 2011, eq. for D_o and D_e over pairable values), not the coincidence matrix."""
    units = [[v for v in column if v is not None] for column in zip(*data)]
    units = [u for u in units if len(u) >= 2]
    values = [v for u in units for v in u]
    n = len(values)
    observed = sum(sum(delta(a, b, values) for i, a in enumerate(u) for j, b in enumerate(u) if i != j) / (len(u) - 1)
                   for u in units) / n
    expected = sum(delta(a, b, values) for i, a in enumerate(values) for j, b in enumerate(values) if i != j) / (n * (n - 1))
    return 1 - observed / expected


print("== Krippendorff's alpha, Krippendorff (2011) section C (KrippendorffAlphaTests)")
N = None
four_observers = [[1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N], [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
                  [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N], [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]]
print("interval", repr(krippendorff(four_observers, lambda a, b, _: (a - b) ** 2)))
print("ratio", repr(krippendorff(four_observers, lambda a, b, _: ((a - b) / (a + b)) ** 2)))

print("== Jensen-Shannon distance, base 2 (JensenShannonTests)")
for p, q in (([0.5, 0.5, 0.0], [0.0, 0.1, 0.9]), ([1.0, 0.0], [0.0, 1.0]), ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])):
    print(p, q, repr(jensenshannon(p, q, base=2)))

print("== Kendall's W without tie correction, Hollander & Wolfe (1973) p. 140 (KendallWTests)")
rounding = np.array([
    [5.40, 5.50, 5.55], [5.85, 5.70, 5.75], [5.20, 5.60, 5.50], [5.55, 5.50, 5.40], [5.90, 5.85, 5.70],
    [5.45, 5.55, 5.60], [5.40, 5.40, 5.35], [5.45, 5.50, 5.35], [5.25, 5.15, 5.00], [5.85, 5.80, 5.70],
    [5.25, 5.20, 5.10], [5.65, 5.55, 5.45], [5.60, 5.35, 5.45], [5.05, 5.00, 4.95], [5.50, 5.50, 5.40],
    [5.45, 5.55, 5.50], [5.55, 5.55, 5.35], [5.45, 5.50, 5.55], [5.50, 5.45, 5.25], [5.65, 5.60, 5.40],
    [5.70, 5.65, 5.55], [6.30, 6.30, 6.25]])
ranks = np.apply_along_axis(rankdata, 1, rounding)
m, k = ranks.shape
rank_sums = ranks.sum(axis=0)
s = ((rank_sums - m * (k + 1) / 2) ** 2).sum()
print("rank sums", rank_sums.tolist(), "uncorrected W", repr(12 * s / (m ** 2 * (k ** 3 - k))))

print("== Tastle-Wierman strength of consensus sCns, the 2007 definition evaluated directly (OrdinalDispersionTests)")


def strength(shares, target):
    k = len(shares)
    total = sum(shares)
    return 1 + sum(f / total * math.log2(1 - abs(i + 1 - target) / (2 * (k - 1))) for i, f in enumerate(shares) if f > 0)


for shares, target in (([0, 0, 0, 0, 1], 5), ([1, 0, 0, 0, 0], 5), ([0.1, 0.2, 0.3, 0.2, 0.2], 5),
                       ([0.1, 0.2, 0.3, 0.2, 0.2], 1), ([1, 0, 0, 0, 1], 3), ([2, 3, 1, 0, 4], 4)):
    print(shares, target, repr(strength(shares, target)))

print("== Esteban-Ray at alpha = 0 (EstebanRayTests)")
shares, positions = [0.2, 0.5, 0.3], [0, 0.5, 1]
print(repr(2 * sum(pi * pj * abs(yi - yj) for pi, yi in zip(shares, positions) for pj, yj in zip(shares, positions))))
