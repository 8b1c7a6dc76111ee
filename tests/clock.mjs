// The one "today" of every JS test. A test that needs the current month takes it from here, never
// from the machine's clock: `PENSION_TODAY=YYYY-MM` pretends a month (scripts/time-travel.sh runs
// the date-dependent suites at several), and without it the month is fixed, so a test written
// today passes on any later date too. The native CLI reads the same variable (src/clock.rs).

/** The pretend current month, `YYYY-MM`. */
export const TODAY = (() => {
  const v = process.env.PENSION_TODAY;
  if (v === undefined || v === '') return '2026-12';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw new Error(`PENSION_TODAY must be YYYY-MM, not ${JSON.stringify(v)}`);
  return v;
})();

/** Noon in Beijing on the 15th of the pretend month, as a Date (what a pinned clock reads). */
export const TODAY_DATE = new Date(`${TODAY}-15T12:00:00+08:00`);

/** `YYYY-MM` plus `n` months. */
export function addMonths(month, n) {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + m - 1 + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/**
 * Pins a Playwright browser context's clock (Date.now / new Date in its pages and frames) to the
 * pretend month; timers keep running. Call before the first page is opened.
 */
export async function pinContext(context) {
  await context.clock.setFixedTime(TODAY_DATE);
  return context;
}

/**
 * Pins this Node process's Date (for code under test that reads the clock, such as the wasm
 * core's current month) to `at`, default the pretend month. Returns a function that restores
 * the clock it replaced.
 */
export function pinProcess(at = TODAY_DATE) {
  const RealDate = globalThis.Date;
  const fixed = at.getTime();
  class PinnedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
    static now() { return fixed; }
  }
  globalThis.Date = PinnedDate;
  return () => { globalThis.Date = RealDate; };
}
