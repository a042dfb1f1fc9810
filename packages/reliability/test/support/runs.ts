/** fast-check runs per property: 300 by default, 10,000 when `CONDUIT_LONG` is set. */
export const numRuns = process.env.CONDUIT_LONG ? 10_000 : 300;
