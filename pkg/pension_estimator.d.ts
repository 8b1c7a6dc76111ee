/* tslint:disable */
/* eslint-disable */

/**
 * The choices from now on and the stop/retire variants: `{"ok": true, "choices": {…}}`.
 */
export function choices(scenario_json: string, today?: string | null): string;

/**
 * The current month in China, `YYYY-MM`, from JavaScript's `Date` ([`crate::clock`]): what the
 * page, the embedding API and the mini-program show as "now" and value scenarios at.
 */
export function current_month(): string;

/**
 * Estimates a scenario (JSON text). `{"ok": true, "estimate": {…}}` or the errors.
 */
export function estimate(scenario_json: string, today?: string | null): string;

/**
 * The headline of the estimate of a scenario (JSON text): both pensions' start, years,
 * eligibility, amount and today's money ([`crate::headline`]), with the range when `range` is
 * true. `{"ok": true, "headline": {…}}` or the errors.
 */
export function estimate_headline(scenario_json: string, today?: string | null, range?: boolean | null): string;

/**
 * The effect of each gap (断缴) if filled: `{"ok": true, "gaps": {…}}` or the errors.
 */
export function gaps(scenario_json: string, today?: string | null): string;

/**
 * The message of the last panic (empty if none), read after a trap. Empty too in the size build
 * of `scripts/build-wasm.sh`, where a panic traps at once (`-C panic=immediate-abort`).
 */
export function last_panic(): string;

/**
 * Loads the parameter data into this instance: the text of `pkg/params.js` (the default
 * export), or newer data in the same line format; later the text of `pkg/sources.js` (see the
 * module's documentation). `{"ok": true, "regions": n}` (the number of regions read) or the
 * error `parameter_data` saying why not.
 */
export function load_data(text: string): string;

/**
 * The parameters of a region (or `CN`) in force at month `at` (`YYYY-MM`), with sources.
 */
export function params(region: string, at: string): string;

/**
 * The regions the data knows: `{"ok": true, "regions": [{code, name_zh, name_en, parent}]}`.
 */
export function regions(): string;

/**
 * Traps on purpose, so that the recovery path of the JS loader can be tested. Never called by
 * the page itself.
 */
export function selftest_trap(): void;

/**
 * Checks a scenario (the checks, then the calculation without its ranges; see
 * `crate::validate_with`): `{"ok": true, "valid": true}` or the errors.
 */
export function validate(scenario_json: string, today?: string | null): string;

/**
 * The crate version and the scenario format version.
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly choices: (a: number, b: number, c: number, d: number) => [number, number];
    readonly current_month: () => [number, number];
    readonly estimate: (a: number, b: number, c: number, d: number) => [number, number];
    readonly estimate_headline: (a: number, b: number, c: number, d: number, e: number) => [number, number];
    readonly gaps: (a: number, b: number, c: number, d: number) => [number, number];
    readonly last_panic: () => [number, number];
    readonly load_data: (a: number, b: number) => [number, number];
    readonly params: (a: number, b: number, c: number, d: number) => [number, number];
    readonly regions: () => [number, number];
    readonly selftest_trap: () => void;
    readonly validate: (a: number, b: number, c: number, d: number) => [number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
