-- wrk script: durable votes on a statements question from many participants, each request with a request id of its own.
-- Like answer.lua (tokens from TOKENS, SESSION, QUESTION), but posts to …/votes: a random statement of the first
-- STATEMENTS (default 50) and a random vote, agree, disagree or pass. A participant's repeated vote on a statement
-- replaces the earlier one, as on the phone.
local tokens = {}
local session = os.getenv("SESSION") or "DEBATE"
local question = os.getenv("QUESTION") or "next"
local statements = tonumber(os.getenv("STATEMENTS") or "50")
for line in io.lines(os.getenv("TOKENS") or "tokens.txt") do tokens[#tokens + 1] = line end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  counter = 0
  prefix = string.format("v%d-%d-", os.time(), id)
  path = "/api/sessions/" .. session .. "/questions/" .. question .. "/votes"
end

function request()
  counter = counter + 1
  local token = tokens[math.random(#tokens)]
  local body = string.format('{"requestId":"%s%d","statement":%d,"vote":%d}', prefix, counter,
    math.random(0, statements - 1), math.random(-1, 1))
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or failed: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
