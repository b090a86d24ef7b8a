-- wrk script: durable answers from many participants, each request with a request id of its own.
-- Reads the participants' tokens from the file named by TOKENS (one per line) and posts to SESSION/QUESTION.
-- Every thread gets its own seed and request-id prefix, so that no two requests repeat.
-- With STATEMENTS set, QUESTION is a statements question and each request is a vote on …/votes instead: a random
-- statement of the first STATEMENTS and a random vote (agree, disagree or pass); a participant's repeated vote on a
-- statement replaces the earlier one, as on the phone.
local tokens = {}
local session = os.getenv("SESSION") or "ENHANC"
local question = os.getenv("QUESTION") or "evolve"
local choices = tonumber(os.getenv("CHOICES") or "5")
local statements = tonumber(os.getenv("STATEMENTS") or "0")
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
  path = "/api/sessions/" .. session .. "/questions/" .. question .. (statements > 0 and "/votes" or "/answers")
end

function request()
  counter = counter + 1
  local token = tokens[math.random(#tokens)]
  local body
  if statements > 0 then
    body = string.format('{"requestId":"%s%d","statement":%d,"vote":%d}', prefix, counter,
      math.random(0, statements - 1), math.random(-1, 1))
  else
    body = string.format('{"requestId":"%s%d","choice":%d}', prefix, counter, math.random(0, choices - 1))
  end
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or failed: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
