declare const __PACKAGE_VERSION__: string | undefined;

/** This package's version, stamped at build time (a test value when run from source); `conduit --version` prints it. */
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-test';
