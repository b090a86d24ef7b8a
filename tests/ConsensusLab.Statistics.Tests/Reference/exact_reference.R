# Reference values for the exact recomputation and the design-based tests (issue 12), from R 4.x with survey 4.1.1.
# Regenerate: Rscript tests/ConsensusLab.Statistics.Tests/Reference/exact_reference.R
suppressMessages(library(survey))
options(digits = 15)

# The twelve respondents of survey_reference.R (SurveyExample.cs) with an exact position each (-1 .. +1, ties at
# -0.5 and 0.25 on purpose) and the equal-footing and raked weights used there.
d <- data.frame(
  grp = c("GOV", "GOV", "GOV", "GOV", "PS", "PS", "CS", "CS", "CS", "CS", "CS", "CS"),
  y   = c(1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0),
  x   = c(4, 5, 2, 4, 1, 2, 4, 3, 5, 4, 2, 1),
  pos = c(0.734, 0.25, -0.5, 0.9137, -0.5, -0.12, 0.25, 0.0061, 0.58, 0.25, -0.8821, 0.3333))
d$wef <- ifelse(d$grp == "GOV", 1, ifelse(d$grp == "PS", 2, 2 / 3))
d$wr <- c(1.098346191073656, 0.782092785515130, 0.782092785515130, 1.337468237896096,
          2.336361253404997, 1.663638746594969,
          0.682646277760674, 0.682646277760674, 0.486087841187385, 0.831265881051952,
          0.831265881051952, 0.486087841187385)

for (w in c("wef", "wr")) {
  des <- svydesign(ids = ~1, weights = as.formula(paste0("~", w)), data = d)
  cat("== weights", w, "\n")
  m <- coef(svymean(~pos, des))
  cat("mean", m, "\n")
  cat("population variance sum(w (x - m)^2) / sum(w)", sum(d[[w]] * (d$pos - m)^2) / sum(d[[w]]), "\n")
  cat("svyvar (n/(n-1) form)", coef(svyvar(~pos, des)), "\n")
  for (rule in c("math", "hf7")) {
    q <- svyquantile(~pos, des, c(0.1, 0.25, 0.5, 0.75, 0.9), qrule = rule, ci = FALSE)
    cat("svyquantile qrule", rule, unlist(q), "\n")
  }
  # Esteban-Ray on individuals: distinct exact positions, shares by weight, positions rescaled (v + 1) / 2.
  pi <- tapply(d[[w]], d$pos, sum) / sum(d[[w]])
  yy <- (as.numeric(names(pi)) + 1) / 2
  for (alpha in c(0, 1, 1.3)) {
    cat("Esteban-Ray alpha", alpha, 2^(1 + alpha) * sum(outer(pi^(1 + alpha), pi) * abs(outer(yy, yy, "-"))), "\n")
  }
  cat("svychisq grp x y  F:", unlist(svychisq(~grp + y, des)[c("statistic", "parameter", "p.value")]), "\n")
  r <- svychisq(~grp + y, des, statistic = "Chisq")
  cat("svychisq grp x y  Chisq: X2", r$statistic, "df", r$parameter, "p", r$p.value, "\n")
  cat("svychisq grp x x  F:", unlist(svychisq(~grp + x, des)[c("statistic", "parameter", "p.value")]), "\n")
  r <- svychisq(~grp + x, des, statistic = "Chisq")
  cat("svychisq grp x x  Chisq: X2", r$statistic, "df", r$parameter, "p", r$p.value, "\n")
  # svyranktest names its chi-square 'parameter' and its numerator df 'statistic' for three or more groups.
  r <- svyranktest(pos ~ grp, des, test = "KruskalWallis")
  cat("svyranktest pos ~ grp: chisq", r$parameter, "ndf", r$statistic, "ddf", r$ddf, "p", r$p.value, "\n")
  r <- svyranktest(x ~ grp, des, test = "KruskalWallis")
  cat("svyranktest x ~ grp: chisq", r$parameter, "ndf", r$statistic, "ddf", r$ddf, "p", r$p.value, "\n")
  # A design of the GOV and CS rows alone (subset() would keep PS as a zero-weight domain, n = 12 in the variance).
  two <- svydesign(ids = ~1, weights = as.formula(paste0("~", w)), data = d[d$grp != "PS", ])
  r <- svyranktest(pos ~ grp, two, test = "KruskalWallis")
  cat("svyranktest pos ~ grp, GOV and CS only (two groups): t", r$statistic, "df", r$parameter, "p", r$p.value, "\n")
}

cat("== unweighted quartiles of pos and x, stats::quantile types 2, 6, 7\n")
for (type in c(2, 6, 7)) {
  cat("type", type, "pos", quantile(d$pos, c(0.25, 0.5, 0.75), type = type, names = FALSE),
      "x", quantile(d$x, c(0.25, 0.5, 0.75), type = type, names = FALSE), "\n")
}
cat("== Kruskal-Wallis on the exact positions (unweighted)\n")
print(unlist(kruskal.test(pos ~ factor(grp), data = d)[c("statistic", "parameter", "p.value")]))

cat("== quartiles of 5-point answers where the types disagree on the Delphi IQR flag (IQR <= 1)\n")
for (x in list(c(2, 3, 3, 3, 4, 4, 4, 5, 5), c(3, 3, 4, 4, 4, 4, 5, 5), c(2, 3, 3, 4, 4, 4, 5, 5, 5, 5))) {
  for (type in c(2, 6, 7)) {
    q <- quantile(x, c(0.25, 0.5, 0.75), type = type, names = FALSE)
    cat(deparse(x), "type", type, q, "IQR", q[3] - q[1], "\n")
  }
}

cat("== F upper tails, including fractional degrees of freedom\n")
cat(pf(2.5, 2, 9, lower.tail = FALSE), pf(3, 1.5, 20.3, lower.tail = FALSE), pf(40, 3, 50, lower.tail = FALSE), "\n")
