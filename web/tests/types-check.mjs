// Checks that pkg/types.d.ts (generated from the Rust types) describes the JSON the core really
// reads and writes: real scenarios and the CLI's real answers are written into a TypeScript file
// as object literals typed with the declarations, and `tsc --strict --noEmit` must accept it.
// Object literals get TypeScript's excess-property check, so a field the declarations lack fails
// as surely as a wrong type.
//
// Usage: node web/tests/types-check.mjs   (needs target/debug/pension-estimator; scripts/test.sh)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'web', 'package.json'));
const ts = require('typescript');
const cli = join(root, 'target', 'debug', 'pension-estimator');

const run = (args, input) =>
  JSON.parse(execFileSync(cli, args, { input, encoding: 'utf8' }));

const scenarios = {
  rider: readFileSync(join(root, 'examples', 'rider-guangdong.json'), 'utf8'),
  // Short of the minimum: the estimate carries the options (extension, move to the resident scheme).
  short: JSON.stringify({
    person: { birth: '1975-03', sex: 'male', hukou: 'HN' },
    as_of: '2026-10',
    history: [
      { from: '2016-01', to: '2019-12', kind: 'flexible', region: 'GD', base: { ratio: '0.6' } },
      { from: '2020-01', to: '2021-12', kind: 'gap' },
      { from: '2022-01', to: '2026-10', kind: 'resident', region: 'HN', tier: 300 },
    ],
  }),
};

const lines = ["import type * as T from '../../pkg/types';", ''];
let n = 0;
const check = (type, value) => {
  lines.push(`export const v${n++}: T.${type} = ${JSON.stringify(value, null, 1)};`);
};
for (const [name, text] of Object.entries(scenarios)) {
  check('Scenario', JSON.parse(text));
  check('Estimate', run(['estimate'], text));
  check('GapAnalysis', run(['gaps'], text));
  check('Choices', run(['choices'], text));
  void name;
}
// A refused scenario: the CLI prints the same error object the wasm functions return.
let refused;
try {
  execFileSync(cli, ['estimate'], { input: '{"person": {}}', encoding: 'utf8', stdio: 'pipe' });
} catch (e) {
  refused = JSON.parse(e.stderr);
}
if (!refused) throw new Error('the CLI accepted a scenario without as_of and birth');
check('Invalid', refused);
check('EstimateReply', { ok: false, ...refused });
check('Listing', run(['params', '--region', 'GD']));

const dir = join(root, 'target', 'ts-check');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'check.ts');
writeFileSync(file, lines.join('\n'));

const options = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2020,
  moduleResolution: ts.ModuleResolutionKind.Node10,
};
// The check must be able to fail: a scenario with a misspelt field and a wrong sex is refused.
const bad = join(dir, 'must-fail.ts');
writeFileSync(
  bad,
  "import type * as T from '../../pkg/types';\n" +
    "export const a: T.Scenario = { person: { birth: '1990-01', sex: 'man', hukou: 'GD' }, as_of: '2026-01' };\n" +
    "export const b: T.Scenario = { person: { birth: '1990-01', sex: 'male', hukou: 'GD' }, as_of: '2026-01', histroy: [] };\n",
);
const refusedCount = ts.getPreEmitDiagnostics(ts.createProgram([bad], options)).length;
if (refusedCount < 2) throw new Error(`the declarations accepted a wrong scenario (${refusedCount} errors)`);

const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([file], options));
for (const d of diagnostics) {
  const where = d.file
    ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}`
    : '';
  console.error(where, ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
if (diagnostics.length) process.exit(1);
console.log(`pkg/types.d.ts accepts ${n} real values (scenarios, estimates, gaps, choices, errors, params)`);
