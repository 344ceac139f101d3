-- soak.lua: the wrk script of soak.sh.  Cycles /var/CODE over the codes
-- of the file HS_EXPECT ("code phrase" lines, "-" where nothing is
-- registered) and counts every response whose X-Phrase header is not the
-- one expected, and every status nobody asked for (a 500, say).
-- luacheck: globals wrk setup request response done wrong unasked
local codes, expect = {}, {}
for line in io.lines(os.getenv("HS_EXPECT")) do
  local code, phrase = line:match("^(%d+) (.*)$")
  codes[#codes + 1] = code
  expect[tonumber(code)] = phrase
end

local threads = {}
function setup(thread) threads[#threads + 1] = thread end

wrong, unasked = 0, 0  -- globals: done() reads them from each thread
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", "/var/" .. codes[i % #codes + 1])
end

function response(status, headers)
  local want = expect[status]
  if want == nil then
    unasked = unasked + 1
  elseif headers["X-Phrase"] ~= want then
    wrong = wrong + 1
  end
end

function done(summary)
  local w, u = 0, 0
  for _, t in ipairs(threads) do
    w, u = w + t:get("wrong"), u + t:get("unasked")
  end
  io.write(("requests %d wrong %d unasked %d\n"):format(summary.requests, w, u))
end
