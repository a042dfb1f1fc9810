/**
 * Generated from openapi/*.yaml: types and operation tables.
 * @module
 */
export {};
