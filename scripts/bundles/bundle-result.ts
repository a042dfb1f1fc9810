/** What one bundler made of one entry. */
export interface BundleResult {
  /** Every emitted JavaScript file, concatenated. */
  code: string;
  /** Errors the bundler reported (the build failed when there is any). */
  errors: string[];
  /** Warnings the bundler reported. */
  warnings: string[];
}

/** A bundler under test: builds `entryFile` into `outDir` the way an app would, never throwing. */
export type Bundler = (entryFile: string, outDir: string) => Promise<BundleResult>;

/** The message of anything thrown, for a result's `errors`. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
