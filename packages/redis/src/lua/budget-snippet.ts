/**
 * Lua shared by both scripts: a budget hash read into a table and written back, core's `refill`,
 * and the expiry. The fields are those of core's `RateLimitBudget`. `blockedUntil` is always
 * present (a missing key is a budget nothing is known about); absent `limit`, `remaining`,
 * `resetAt` and `serverRemaining` are undefined, the other absent fields 0, as in `emptyBudget()`.
 *
 * Lua numbers are the same IEEE doubles as JavaScript's, the arithmetic below runs in the same
 * order as core's, and numbers are stored in the shortest form that parses back to the same
 * double, so Redis and memory agree to the last bit.
 */
export const budgetSnippet = `
local fieldNames = { 'limit', 'remaining', 'resetAt', 'blockedUntil', 'windowMs', 'refilledAt', 'probeAt', 'serverRemaining', 'continuous' }
local zeroWhenAbsent = { 'blockedUntil', 'windowMs', 'refilledAt', 'probeAt', 'continuous' }

local function format(value)
  local text = string.format('%.15g', value)
  if tonumber(text) ~= value then
    text = string.format('%.17g', value)
  end
  return text
end

local function loadBudget(key)
  local values = redis.call('HMGET', key, unpack(fieldNames))
  local budget = {}
  for index, name in ipairs(fieldNames) do
    budget[name] = tonumber(values[index])
  end
  if budget.blockedUntil == nil then
    return nil
  end
  for _, name in ipairs(zeroWhenAbsent) do
    budget[name] = budget[name] or 0
  end
  return budget
end

local function emptyBudget()
  local budget = {}
  for _, name in ipairs(zeroWhenAbsent) do
    budget[name] = 0
  end
  return budget
end

-- Writes every field and refreshes the expiry: idleTtlMs after the budget stops mattering (block
-- over, window reset, probe interval over, debt repaid, bucket full), the part past idleTtlMs
-- capped at a week.
local function saveBudget(key, budget, now, idleTtlMs, probeIntervalMs)
  local set, unset = {}, {}
  for _, name in ipairs(fieldNames) do
    if budget[name] == nil then
      unset[#unset + 1] = name
    else
      set[#set + 1] = name
      set[#set + 1] = format(budget[name])
    end
  end
  redis.call('HSET', key, unpack(set))
  if #unset > 0 then
    redis.call('HDEL', key, unpack(unset))
  end
  local relevantUntil = math.max(budget.blockedUntil, budget.resetAt or 0, budget.probeAt + probeIntervalMs)
  if budget.remaining ~= nil and budget.limit ~= nil and budget.limit > 0 and budget.windowMs > 0 then
    local windowsToRefill = (budget.limit - budget.remaining) / budget.limit
    relevantUntil = math.max(relevantUntil, (budget.resetAt or budget.refilledAt) + windowsToRefill * budget.windowMs)
  end
  local extension = math.min(math.max(relevantUntil - now, 0), 604800000)
  redis.call('PEXPIRE', key, math.ceil(idleTtlMs + extension))
end

-- core's refill(): a token bucket refills continuously at limit / windowMs; a fixed window at its
-- reset, where requests queued beyond the old window take from the new one.
local function refill(budget, now)
  if budget.remaining == nil or now <= budget.refilledAt then
    return
  end
  if budget.continuous == 1 and budget.limit ~= nil and budget.windowMs > 0 then
    budget.remaining = math.min(budget.limit, budget.remaining + ((now - budget.refilledAt) * budget.limit) / budget.windowMs)
  elseif budget.resetAt ~= nil and budget.resetAt <= now then
    budget.remaining = math.min(budget.remaining, 0) + (budget.limit or 1)
    if budget.windowMs > 0 then
      budget.resetAt = budget.resetAt + budget.windowMs * math.ceil((now - budget.resetAt + 1) / budget.windowMs)
    else
      budget.resetAt = nil
    end
  end
  budget.refilledAt = now
end
`;
