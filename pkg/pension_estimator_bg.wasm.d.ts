/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const choices: (a: number, b: number, c: number, d: number) => [number, number];
export const current_month: () => [number, number];
export const estimate: (a: number, b: number, c: number, d: number) => [number, number];
export const estimate_headline: (a: number, b: number, c: number, d: number, e: number) => [number, number];
export const gaps: (a: number, b: number, c: number, d: number) => [number, number];
export const last_panic: () => [number, number];
export const load_data: (a: number, b: number) => [number, number];
export const params: (a: number, b: number, c: number, d: number) => [number, number];
export const regions: () => [number, number];
export const selftest_trap: () => void;
export const validate: (a: number, b: number, c: number, d: number) => [number, number];
export const version: () => [number, number];
export const __wbindgen_externrefs: WebAssembly.Table;
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __wbindgen_start: () => void;
