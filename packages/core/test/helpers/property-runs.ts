/** fast-check runs per property: 200 by default, 10000 when `CONDUIT_LONG` is set. */
export const numRuns = process.env.CONDUIT_LONG ? 10_000 : 200;
