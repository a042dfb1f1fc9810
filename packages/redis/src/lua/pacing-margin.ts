/** Core's pacing margin, interpolated into the Lua so Redis and memory budgets pace alike. */
export { pacingMargin } from '@conduit/core';
