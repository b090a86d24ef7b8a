# Reference values of Comparisons/QuestionComparisonTests: run with /usr/bin/python3 (scipy 1.x, statsmodels).
# The two small sessions of ComparisonExample; "later minus earlier" throughout.
import numpy as np
from scipy import stats
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

# Likert, share in the top two points: (agree, n) earlier and later. Equal footing on Kish's n_eff as fractional counts.
pa, na = (3 / 4 + 2 / 6) / 2, 10 ** 2 / (5 ** 2 / 4 + 5 ** 2 / 6)
pb, nb = (4 / 5 + 4 / 6) / 2, 11 ** 2 / (5.5 ** 2 / 5 + 5.5 ** 2 / 6)
for name, (c1, n1, c2, n2) in {"GOV": (3, 4, 4, 5), "CS": (2, 6, 4, 6), "headcount": (5, 10, 8, 11),
                               "equal footing": (pa * na, na, pb * nb, nb)}.items():
    low, high = confint_proportions_2indep(c2, n2, c1, n1, method="newcomb", compare="diff", alpha=0.05)
    z, p = proportions_ztest([c2, c1], [n2, n1])
    print(name, repr(c2 / n2 - c1 / n1), repr(low), repr(high), repr(z), repr(p))

# Position axis: Welch's t (equal weights within a group, and overall under headcount).
a_gov, a_cs, b_gov, b_cs = [-0.5, 0, 0.5], [0.2, 0.4, 0.6, 1.0], [-1, -0.5, 0, 0.25], [0.5, 0.5, 0.9]
for name, (a, b) in {"GOV": (a_gov, b_gov), "CS": (a_cs, b_cs), "headcount": (a_gov + a_cs, b_gov + b_cs)}.items():
    welch = stats.ttest_ind(b, a, equal_var=False)
    compared = CompareMeans(DescrStatsW(np.array(b)), DescrStatsW(np.array(a)))
    low, high = compared.tconfint_diff(alpha=0.05, usevar="unequal")
    _, _, df = compared.ttest_ind(usevar="unequal")
    print(name, repr(np.mean(b) - np.mean(a)), repr(low), repr(high), repr(welch.statistic), repr(df), repr(welch.pvalue))
    for x in (a, b):
        print("   mean", repr(np.mean(x)), *map(repr, DescrStatsW(np.array(x)).tconfint_mean(0.05)))
