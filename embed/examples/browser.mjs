// Browser (ES modules, no bundler): load the core from this package and show one estimate.
import { load } from '../index.mjs'; // the package's entry point; it finds ../pkg/ by itself

const scenario = {
  person: { birth: '1990-05', sex: 'male', hukou: 'JX' },
  as_of: '2026-11', // leave out to value at the current month
  history: [
    { from: '2015-03', to: '2018-06', kind: 'employee', region: 'GD', base: { ratio: '1.0' } },
    { from: '2018-07', to: '2019-12', kind: 'gap' },
    { from: '2020-01', to: '2026-10', kind: 'flexible', region: 'GD', base: { ratio: '0.6' } },
  ],
  plan: [{ from: '2026-12', kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }],
};

const out = document.getElementById('out');
try {
  const pe = await load();
  const r = pe.estimate(scenario); // never throws
  if (r.ok) {
    const p = r.estimate.employee.pension;
    out.textContent = `职工养老保险：${p.start} 起每月 ${p.total} 元（约等于今天的 ${p.formula_total_today} 元）`;
    out.dataset.total = p.total;
  } else {
    out.textContent = r.errors.map((e) => e.zh).join('；');
  }
  out.dataset.scenario = JSON.stringify(scenario);
} catch (err) {
  out.textContent = '计算模块没有加载成功。'; // load() rejects only when the wasm cannot be loaded
}
