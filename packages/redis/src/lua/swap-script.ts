/**
 * Compare-and-set of one budget, atomic in Redis. KEYS[1] is the budget key; ARGV[1] the value the
 * caller computed from ('' when the key was absent), ARGV[2] the new value, ARGV[3] its time to live
 * in ms. Returns `{1}` when the value was still ARGV[1] and is now ARGV[2]; otherwise `{0, current}`
 * (current is '' when absent), so the caller recomputes from what is there without another read.
 *
 * The pacing itself is core's `reservePacing`/`observePacing`, run in the caller on the decoded
 * state: memory and Redis stores pace by the same code, not by a Lua port of it.
 */
export const swapScript = `
local current = redis.call('GET', KEYS[1])
if current == false then
  current = ''
end
if current ~= ARGV[1] then
  return { 0, current }
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return { 1 }
`;
