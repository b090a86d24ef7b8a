-- wrk script: durable answers from many participants, each request with a request id of its own.
-- Reads the participants' tokens from the file named by TOKENS (one per line) and posts to SESSION/QUESTION.
-- Every thread gets its own seed and request-id prefix, so that no two requests repeat.
local tokens = {}
local session = os.getenv("SESSION") or "ENHANC"
local question = os.getenv("QUESTION") or "evolve"
local choices = tonumber(os.getenv("CHOICES") or "5")
for line in io.lines(os.getenv("TOKENS") or "tokens.txt") do tokens[#tokens + 1] = line end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  counter = 0
  prefix = string.format("w%d-%d-", os.time(), id)
  path = "/api/sessions/" .. session .. "/questions/" .. question .. "/answers"
end

function request()
  counter = counter + 1
  local token = tokens[math.random(#tokens)]
  local body = string.format('{"requestId":"%s%d","choice":%d}', prefix, counter, math.random(0, choices - 1))
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or failed: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
