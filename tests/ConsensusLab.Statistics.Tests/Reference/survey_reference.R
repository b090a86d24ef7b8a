# Reference values for tests/ConsensusLab.Statistics.Tests/Survey (issue 12), from R survey 4.1.1 on Debian.
# Regenerate: Rscript tests/ConsensusLab.Statistics.Tests/Reference/survey_reference.R
suppressMessages(library(survey))
options(digits = 15)

# Twelve respondents: stakeholder group, UN regional group, agree (0/1) and a 5-point answer.
d <- data.frame(
  grp    = c("GOV", "GOV", "GOV", "GOV", "PS", "PS", "CS", "CS", "CS", "CS", "CS", "CS"),
  region = c("AFR", "WEOG", "WEOG", "GRULAC", "AFR", "WEOG", "AFR", "AFR", "WEOG", "GRULAC", "GRULAC", "WEOG"),
  y      = c(1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0),
  x      = c(4, 5, 2, 4, 1, 2, 4, 3, 5, 4, 2, 1))

cat("== rake: headcount start, groups equal (4 each), regions AFR 0.4, WEOG 0.35, GRULAC 0.25 of 12\n")
d$w0 <- 1
start <- svydesign(ids = ~1, weights = ~w0, data = d)
raked <- rake(start, list(~grp, ~region),
  list(data.frame(grp = c("CS", "GOV", "PS"), Freq = c(4, 4, 4)),
       data.frame(region = c("AFR", "GRULAC", "WEOG"), Freq = c(4.8, 3.0, 4.2))),
  control = list(maxit = 1000, epsilon = 1e-14))
print(weights(raked))

cat("== trimWeights(strict = TRUE) of the raked weights to [0.5, 1.5] (mean 1)\n")
print(weights(trimWeights(raked, lower = 0.5, upper = 1.5, strict = TRUE)))

report <- function(w) {
  des <- svydesign(ids = ~1, weights = w, data = d)
  m <- svymean(~y, des, deff = "replace")
  cat("proportion", coef(m), "SE", SE(m), "deff", deff(m), "\n")
  m <- svymean(~x, des, deff = "replace")
  cat("mean", coef(m), "SE", SE(m), "deff", deff(m), "\n")
  cat("logit", attr(svyciprop(~y, des, method = "logit", level = 0.95), "ci"), "\n")
  cat("beta", attr(svyciprop(~y, des, method = "beta", level = 0.95), "ci"), "\n")
}

cat("== equal footing weights: GOV 1, PS 2, CS 2/3\n")
d$wef <- ifelse(d$grp == "GOV", 1, ifelse(d$grp == "PS", 2, 2 / 3))
report(~wef)

cat("== the raked weights as plain weights (weights-only design, no calibration in the variance)\n")
d$wr <- weights(raked)
report(~wr)

cat("== zero weights: SE with the zero-weight rows dropped (what Linearisation does) and kept (what R does)\n")
z <- data.frame(y = c(1, 0, 1, 0, 1), w = c(1, 2, 0, 3, 1))
cat("dropped", SE(svymean(~y, svydesign(ids = ~1, weights = ~w, data = z[z$w > 0, ]))), "\n")
cat("kept", SE(svymean(~y, svydesign(ids = ~1, weights = ~w, data = z))), "\n")

cat("== everyone agrees: SE 0, deff NaN, logit interval degenerate at 1, beta interval NaN\n")
same <- svydesign(ids = ~1, weights = ~w, data = data.frame(y = c(1, 1, 1, 1), w = c(1, 2, 1, 3)))
print(svymean(~y, same, deff = "replace"))
print(attr(svyciprop(~y, same, method = "logit"), "ci"))
print(attr(svyciprop(~y, same, method = "beta"), "ci"))
