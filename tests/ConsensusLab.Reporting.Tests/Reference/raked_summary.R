# Reference values of SurveyColumnsTests (issue 12): raked weights, SE, design effect and intervals of agree.
# Run: Rscript tests/ConsensusLab.Reporting.Tests/Reference/raked_summary.R   (R 4.x, survey 4.1.1)
library(survey)
d <- data.frame(
  group = c("GOV","GOV","GOV","CS","CS","CS","CS","CS"),
  region = c("African Group","African Group","Western European and Others Group","African Group",
             "Western European and Others Group","Western European and Others Group","Western European and Others Group","Latin American and Caribbean Group"),
  choice = c(4,3,1,0,4,3,2,4))
d$agree <- as.numeric(d$choice >= 3)
des <- svydesign(ids = ~1, weights = ~rep(1, 8), data = d)
n <- nrow(d)
r <- rake(des, list(~group, ~region),
  list(data.frame(group = c("CS","GOV"), Freq = c(n/2, n/2)),
       data.frame(region = sort(unique(d$region)), Freq = rep(n/3, 3))),
  control = list(maxit = 1000, epsilon = 1e-13))
w <- weights(r); w <- w * n / sum(w)
print(sprintf("%.15f", w))
# SE and deff of the weights-only design with the raked weights (no calibration credit), as ConsensusLab states
d$w <- w
wd <- svydesign(ids = ~1, weights = ~w, data = d)
m <- svymean(~agree, wd, deff = "replace")
print(sprintf("agree %.15f se %.15f deff %.15f", coef(m), SE(m), deff(m)))
print(sprintf("kish deff %.15f", n / (sum(w)^2/sum(w^2))))
l <- svyciprop(~agree, wd, method = "logit"); print(sprintf("logit %.15f %.15f", confint(l)[1], confint(l)[2]))
b <- svyciprop(~agree, wd, method = "beta"); print(sprintf("beta %.15f %.15f", confint(b)[1], confint(b)[2]))
print(svytable(~group, wd)); print(svytable(~region, wd))
# The same room answers a position question: the exact figures under the raked weights.
d$pos <- c(0.8, 0.35, -0.6, -1, 0.9, 0.2, -0.15, 0.55)
wd <- svydesign(ids = ~1, weights = ~w, data = d)
mp <- svymean(~pos, wd, deff = "replace")
print(sprintf("mean %.15f se %.15f deff %.15f", coef(mp), SE(mp), deff(mp)))
print(sprintf("svyvar %.15f", coef(svyvar(~pos, wd))))
q <- svyquantile(~pos, wd, c(0.25, 0.5, 0.75), qrule = "hf7", ci = FALSE)
print(sprintf("%.15f", q$pos))
