/** Runs `action` with the process in time zone `zone` (Node re-reads `TZ` on every change), then restores it. */
export function inTimeZone<T>(zone: string, action: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return action();
  } finally {
    if (previous === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = previous;
    }
  }
}
