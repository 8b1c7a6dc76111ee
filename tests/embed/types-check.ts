// Type-checks embed/index.d.ts against the generated pkg/types.d.ts, the way an app would use
// the API (tsc --strict; run by tests/embed/types.sh when pkg/types.d.ts exists).
import { load, type PensionEstimator, type Scenario, type FieldError } from '../../embed/index';

export async function use(): Promise<number | undefined> {
  const pe: PensionEstimator = await load({ asOf: '2026-12' });
  const now: string | undefined = pe.currentMonth();
  void now;
  const scenario = JSON.parse('{}') as Scenario;
  const r = pe.estimate(scenario);
  // Field access through the generated types: a renamed field in Rust fails this check.
  let monthly = '';
  if (r.ok) monthly = r.estimate.employee.pension.total + ' / ' + r.estimate.resident.total;
  else r.errors.forEach((e: FieldError) => console.log(e.code, e.path, e.zh, e.en));
  // The headline level: its own answer key and type.
  const h = pe.estimate(scenario, { detail: 'headline', range: true });
  if (h.ok) monthly += ' ' + h.headline.employee.formula_total_today + ' ' + h.headline.resident.start + ' ' + (h.headline.range ? h.headline.range.employee.pension.low : '');
  const h2 = pe.headline(scenario);
  if (h2.ok) monthly += ' ' + (h2.headline.employee.eligible ? h2.headline.employee.years : '');
  const g = pe.gaps('{"person": {}}');
  if (g.ok) g.gaps.gaps.forEach((gap) => void gap);
  const c = pe.choices(scenario);
  if (c.ok) void c.choices;
  const regions = pe.regions();
  if (regions.ok) regions.regions.forEach((x) => void x);
  const p = pe.params('GD', '2026-11');
  if (p.ok) void p.params;
  await pe.ready();
  console.log(monthly);
  return pe.schemaVersion;
}
