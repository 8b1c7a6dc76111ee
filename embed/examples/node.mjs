// Node >= 18: estimate one scenario and print the headline (node embed/examples/node.mjs FILE).
import { readFile } from 'node:fs/promises';
import { load } from '../index.mjs'; // in a project of your own: from 'pension-estimator-embed'

const pe = await load();
const scenario = JSON.parse(await readFile(process.argv[2], 'utf8'));
const r = pe.estimate(scenario); // never throws: {ok: true, estimate} or {ok: false, errors}
if (!r.ok) {
  for (const e of r.errors) console.error(`${e.path}: ${e.en} (${e.code})`);
  process.exit(2);
}
const p = r.estimate.employee.pension;
console.log(JSON.stringify({ schema_version: pe.schemaVersion, start: p.start, employee_total: p.total,
  today: p.formula_total_today, resident_total: r.estimate.resident.total ?? null }));
