/** What one bundler made of one entry. */
export interface BundleResult {
  /** Every emitted JavaScript file, concatenated (what the forbidden-code checks read). */
  code: string;
  /**
   * What a page loads up front: the entry chunk and the chunks it imports statically, concatenated.
   * Chunks reached only through `import()` (Scriptix's TUS upload and tus-js-client) are left out.
   */
  initialCode: string;
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
