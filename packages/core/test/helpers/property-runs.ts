import fc from 'fast-check';

/** fast-check runs per property: 200 by default, 10000 when `CONDUIT_LONG` is set. */
export const numRuns = process.env.CONDUIT_LONG ? 10_000 : 200;

/** Any UTF-16 code unit, lone surrogates included (fast-check's own `binary` unit is very slow to generate). */
export const anyCodeUnit = fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code));
