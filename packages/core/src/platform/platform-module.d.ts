// The types of `#platform`, the subpath import that package.json "imports" maps to dist/platform/node.js
// (the `node` condition) or dist/platform/web.js (everything else). Both builds implement `PlatformModule`.
declare module '#platform' {
  type Contract = import('./platform-contract.js').PlatformModule;
  export const platformName: Contract['platformName'];
  export const fileSystem: Contract['fileSystem'];
  export const sendReplayable: Contract['sendReplayable'];
}
