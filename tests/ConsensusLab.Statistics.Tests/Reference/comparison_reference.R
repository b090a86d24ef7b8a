library(survey)
a <- data.frame(y = c(-0.5, 0, 0.5, 0.2, 0.4, 0.6, 1.0), w = c(rep(3.5/3, 3), rep(3.5/4, 4)), s = "A")
b <- data.frame(y = c(-1, -0.5, 0, 0.25, 0.5, 0.5, 0.9), w = c(rep(3.5/4, 4), rep(3.5/3, 3)), s = "B")
options(digits = 15)
for (d in list(a, b)) { m <- svymean(~y, svydesign(ids = ~1, weights = ~w, data = d)); print(c(coef(m), SE(m))) }
both <- rbind(a, b)
fit <- svyglm(y ~ s, svydesign(ids = ~1, strata = ~s, weights = ~w, data = both))
print(c(coef(fit)[2], SE(fit)[2]))
