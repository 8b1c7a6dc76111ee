// Types of the embedding API (embed/index.mjs for browsers and Node; the mini-program loader
// built by embed/build-miniprogram.mjs has the same API).
import type { Scenario, Estimate, Headline, GapAnalysis, Choices, FieldError, Region } from './types';

export type { Scenario, Estimate, Headline, GapAnalysis, Choices, FieldError, Region };

/** A refusal: every problem found, each with a stable code, the JSON path, and zh / en text. */
export interface Refusal {
  ok: false;
  /** `invalid_input` (the scenario or an argument), or `internal` (a trap; the module was reloaded). */
  error: 'invalid_input' | 'internal' | string;
  errors: FieldError[];
}
export type Answer<K extends string, T> = ({ ok: true } & { [key in K]: T }) | Refusal;

/** A scenario as an object or as JSON text (one without `as_of` is valued at the current month). */
export type ScenarioInput = Scenario | Omit<Scenario, 'as_of'> | string;

export interface LoadOptions {
  /** The .wasm: URL, path, bytes or a compiled module. Default: pkg/pension_estimator_bg.wasm next to this package. */
  wasm?: URL | string | BufferSource | WebAssembly.Module;
  /** The policy parameter data (line format) — newer figures than the package's. Default: pkg/params.js. */
  data?: string;
  /**
   * The descriptions of the sources of `data` (line format, made for that data: any other is
   * refused). Default: pkg/sources.js with the package's data; none with other `data` (then a used
   * value's source is `{ id }` alone unless that data describes its sources itself).
   */
  sources?: string;
  /** The valuation month for scenarios without `as_of` (`YYYY-MM`), or a function answering it. Default: this month in China (UTC+8). */
  asOf?: string | (() => string);
}

export interface PensionEstimator {
  /** The whole estimate (explanations, timeline, parameters used, range). */
  estimate(scenario: ScenarioInput, options?: { detail?: 'full' }): Answer<'estimate', Estimate>;
  /** The headline figures only: both pensions' start, years, eligibility, amount, today's money; the range when `range`. */
  estimate(scenario: ScenarioInput, options: { detail: 'headline'; range?: boolean }): Answer<'headline', Headline>;
  /** Same as `estimate(scenario, {detail: 'headline', range})`. */
  headline(scenario: ScenarioInput, options?: { range?: boolean }): Answer<'headline', Headline>;
  gaps(scenario: ScenarioInput): Answer<'gaps', GapAnalysis>;
  choices(scenario: ScenarioInput): Answer<'choices', Choices>;
  validate(scenario: ScenarioInput): Answer<'valid', true>;
  regions(): Answer<'regions', Region[]>;
  /** Parameters of a region (or `CN`) in force at `at` (`YYYY-MM`, default this month), with sources. */
  params(region: string, at?: string): Answer<'params', { region: string; params: Array<{ key: string; [k: string]: unknown }>; [k: string]: unknown }>;
  version(): { ok: true; version: string; schema_version: number } | Refusal;
  /** The current month, `YYYY-MM`: the `asOf` option if given, else the core's clock (China's time, UTC+8). Undefined only while the module is reloading. */
  currentMonth(): string | undefined;
  /** The scenario format version this core reads (older versions are migrated by the core). */
  readonly schemaVersion: number;
  readonly coreVersion: string;
  /** Resolves when a live instance is there again after a trap. */
  ready(): Promise<PensionEstimator>;
  /** Traps recovered from so far. */
  readonly traps: number;
  /** Traps the module on purpose (tests of the recovery path only). */
  selftestTrap(): Refusal;
}

/** Loads the core. Rejects (an Error with `errors`) only when the module cannot be loaded. */
export function load(options?: LoadOptions): Promise<PensionEstimator>;
