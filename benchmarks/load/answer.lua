-- wrk script: durable answers from many participants, each request with a request id of its own.
-- Reads the participants' tokens from the file named by TOKENS (one per line) and posts to SESSION/QUESTION.
-- Request ids are UUIDv7, as the participant page sends them (time first, so the ledger's idempotency index appends
-- on the right): the Unix milliseconds, then 74 random bits from a generator seeded per thread.
-- With STATEMENTS set, QUESTION is a statements question and each request is a vote on …/votes instead: a random
-- statement of the first STATEMENTS and a random vote (agree, disagree or pass); a participant's repeated vote on a
-- statement replaces the earlier one, as on the phone.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } answer_timeval;
int gettimeofday(answer_timeval *tv, void *tz);
]]
local clock = ffi.new("answer_timeval")

local function milliseconds()
  ffi.C.gettimeofday(clock, nil)
  return tonumber(clock.tv_sec) * 1000 + math.floor(tonumber(clock.tv_usec) / 1000)
end

-- RFC 9562 layout: 48 bits of time, the version nibble 7, 12 random bits, the variant bits 10, 62 random bits.
local function uuid_v7()
  local ms = milliseconds()
  return string.format("%08x-%04x-7%03x-%04x-%04x%04x%04x", math.floor(ms / 65536), ms % 65536,
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffff), math.random(0, 0xffff),
    math.random(0, 0xffff))
end

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
  path = "/api/sessions/" .. session .. "/questions/" .. question .. (statements > 0 and "/votes" or "/answers")
end

function request()
  local token = tokens[math.random(#tokens)]
  local body
  if statements > 0 then
    body = string.format('{"requestId":"%s","statement":%d,"vote":%d}', uuid_v7(), math.random(0, statements - 1),
      math.random(-1, 1))
  else
    body = string.format('{"requestId":"%s","choice":%d}', uuid_v7(), math.random(0, choices - 1))
  end
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or failed: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
