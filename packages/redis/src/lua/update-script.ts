import { budgetSnippet } from './budget-snippet.js';

/**
 * core's `applyState` as one atomic script. KEYS[1] is the budget hash; ARGV[1] limit, ARGV[2]
 * remaining, ARGV[3] resetAt, ARGV[4] retryAfterMs (each empty when the answer did not say),
 * ARGV[5] observedAt, ARGV[6] idle TTL, ARGV[7] probe interval.
 */
export const updateScript = `${budgetSnippet}
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local remaining = tonumber(ARGV[2])
local resetAt = tonumber(ARGV[3])
local retryAfterMs = tonumber(ARGV[4])
local observedAt = tonumber(ARGV[5])
local budget = loadBudget(key) or emptyBudget()
refill(budget, observedAt)
if limit ~= nil then
  budget.limit = limit
end
if remaining ~= nil then
  -- A count that rose before the reset: the server is a token bucket.
  if budget.serverRemaining ~= nil and remaining > budget.serverRemaining and (budget.resetAt or 0) > observedAt then
    budget.continuous = 1
  end
  budget.serverRemaining = remaining
  -- Within a window the lower count wins: an answer can be older than reservations made since.
  -- With no window known there is nothing to reconcile against: the server's count stands.
  if budget.remaining == nil or budget.resetAt == nil then
    budget.remaining = remaining
  else
    budget.remaining = math.min(budget.remaining, remaining)
  end
  budget.refilledAt = math.max(budget.refilledAt, observedAt)
end
if resetAt ~= nil then
  budget.resetAt = resetAt
  budget.windowMs = math.max(budget.windowMs, resetAt - observedAt)
end
if retryAfterMs ~= nil and (remaining == 0 or remaining == nil) then
  budget.blockedUntil = math.max(budget.blockedUntil, observedAt + retryAfterMs)
end
saveBudget(key, budget, observedAt, tonumber(ARGV[6]), tonumber(ARGV[7]))
return nil
`;
