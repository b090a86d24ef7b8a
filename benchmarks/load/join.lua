-- wrk script: joins to SESSION, as a room's phones make them (the body varies only in the group).
local session = os.getenv("SESSION") or "ENHANC"
local groups = { "GOV", "IGO", "PS", "CS", "TC" }
local path = "/api/sessions/" .. session .. "/participants"
local n = 0
function request()
  n = n + 1
  local body = string.format('{"group":"%s","country":"KE","attendance":"onsite"}', groups[n % #groups + 1])
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end
