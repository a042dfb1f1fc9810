import { budgetSnippet } from './budget-snippet.js';

/**
 * core's `reserveFromBudget` as one atomic script. KEYS[1] is the budget hash; ARGV[1] now (epoch
 * ms), ARGV[2] idle TTL (ms), ARGV[3] probe interval (ms), ARGV[4] pacing margin. Returns nil when
 * nothing is known about the key (send now, write nothing), else the wait in milliseconds as a
 * string that parses back to exactly the double the memory store would return.
 */
export const reserveScript = `${budgetSnippet}
local key = KEYS[1]
local now = tonumber(ARGV[1])
local idleTtlMs = tonumber(ARGV[2])
local probeIntervalMs = tonumber(ARGV[3])
local pacingMargin = tonumber(ARGV[4])
local budget = loadBudget(key)
if budget == nil then
  return nil
end
local blocked = math.max(0, budget.blockedUntil - now)
local wait
if budget.remaining == nil then
  wait = blocked
else
  refill(budget, now)
  if budget.remaining >= 1 and blocked == 0 then
    budget.remaining = budget.remaining - 1
    wait = 0
  elseif budget.continuous == 1 and budget.limit ~= nil and budget.limit > 0 and budget.windowMs > 0 then
    -- Token bucket: queue as debt, one refill interval after the previous reservation.
    budget.remaining = budget.remaining - 1
    wait = math.max(blocked, math.ceil((-budget.remaining * budget.windowMs * pacingMargin) / budget.limit))
  elseif budget.resetAt ~= nil and budget.resetAt > now then
    -- Fixed window: queue into the next window(s).
    budget.remaining = budget.remaining - 1
    local windowsAhead = 0
    if budget.limit ~= nil and budget.limit > 0 and budget.windowMs > 0 then
      windowsAhead = math.floor((-budget.remaining - 1) / budget.limit)
    end
    wait = math.max(blocked, budget.resetAt - now + windowsAhead * budget.windowMs)
  elseif blocked > 0 then
    wait = blocked
  elseif now - budget.probeAt < probeIntervalMs then
    wait = budget.probeAt + probeIntervalMs - now
  else
    -- Spent, and the server never said when or how fast it refills: one probe per interval.
    budget.probeAt = now
    wait = 0
  end
end
saveBudget(key, budget, now, idleTtlMs, probeIntervalMs)
return format(wait)
`;
