// 养老金测算: the page. Plain DOM (no framework), text only through textContent (no innerHTML),
// the calculation in the wasm core. Each edit: save, recompute, re-render.
import * as wasmCore from './core.js';
import { load, save, cleanScenario, cleanPrefill, decodeJson64, toFragment, fromFragment } from './state.js';
import { embedding, prefillFrom, sendResult, RESULT } from './host.js';

/** What a figure rests on (`parameters_used[].grade`, params::Grade::zh in the core). */
const GRADE_ZH = { official: '官方文件', reference: '参考资料', estimate: '估算', user: '用户输入' };

const perf = (window.__perf = { computeMs: [], renderMs: [], firstResultAt: null });
// The calls, by name, through the trap-safe door (window.__core for the browser tests).
const core = new Proxy({}, { get: (_, name) => (...args) => wasmCore.call(name, ...args) });
window.__core = { call: wasmCore.call, ready: wasmCore.ready };
window.__scenario = () => structuredClone(scenario); // for the browser tests (storage may be refused)
const app = document.getElementById('app');

// ---------- inside a platform's app (see host.js) ----------------------------------------------
// Listening starts at once (a host may post as soon as the frame has loaded); messages wait
// until the page is ready. Only the declared host's messages are read, everything else ignored.
const fragment = new URLSearchParams(location.hash.slice(1));
const embed = embedding(window, fragment);
const waitingPrefills = [];
let pageReady = false;
let hasSaved = false; // the person has data of their own on this device
let touched = false; // the person has edited since the page loaded
let offer = null; // { scenario, lost }: a host's prefill waiting for the person's consent
if (embed.host) {
  window.addEventListener('message', (event) => {
    const raw = prefillFrom(event, embed, window);
    if (!raw) return;
    if (pageReady) receivePrefill(raw); else waitingPrefills.push(raw);
  });
}

// ---------- tiny DOM helper ---------------------------------------------------------------
function h(tag, attrs, ...children) {
  const el = tag === 'svg' || attrs?.svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false || k === 'svg') continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.setAttribute('class', v);
    else if (k in el && !(el instanceof SVGElement) && k !== 'list') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
const s = (tag, attrs, ...children) => h(tag, { ...attrs, svg: true }, ...children);

// ---------- words ---------------------------------------------------------------------------
const KIND = { employee: '单位职工', flexible: '灵活就业（个人交职工养老）', resident: '城乡居民养老保险', gap: '没交（断缴）' };
const KIND_SHORT = { employee: '职工', flexible: '灵活就业', resident: '城乡居民', gap: '断缴' };
const RATIOS = ['0.6', '0.7', '0.8', '1', '1.5', '2', '3'];
const TERMS = {
  index: '缴费指数：你的缴费基数是当地平均工资的多少倍。按60%交就是0.6。越高，基础养老金越多。',
  c: '计发基数：退休那年当地的平均工资（官方公布的计算用数），基础养老金按它算。',
  divisor: '计发月数：个人账户里的钱分多少个月发完，按退休年龄查表。',
  account: '个人账户：你交的钱里记到你名下的部分（8%），带利息，去世后可以由家人继承。',
  pooled: '统筹部分：单位交的或灵活就业多交的那部分，进大家的公共基金，不记在你名下。',
  years: '缴费年限：一共交了多少年（按月累计）。职工养老要交满最低年限（2030年起逐年提高到20年）才能按月领。',
};
const pad = (n) => String(n).padStart(2, '0');
// Messages from the core name fields by JSON path; say them in words.
const plain = (text) => String(text)
  .replace(/\$\.history\[(\d+)\]/g, (_, i) => `以前的第${Number(i) + 1}段`)
  .replace(/\$\.plan\[(\d+)\]/g, (_, i) => `今后的第${Number(i) + 1}段`);
const addMonths = (m, n) => { const [y, mo] = m.split('-').map(Number); const t = y * 12 + mo - 1 + n; return `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`; };
const monthsBetween = (a, b) => { const [y1, m1] = a.split('-').map(Number); const [y2, m2] = b.split('-').map(Number); return (y2 - y1) * 12 + m2 - m1; };
const ym = (m) => (m ? `${m.slice(0, 4)}年${Number(m.slice(5))}月` : '退休');
// One formatter for every amount: toLocaleString with options builds a new one per call, which was
// the page's most expensive function on each re-render (1.5 ms of about 12 ms per edit, profiled).
const YUAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const yuan = (x) => YUAN.format(Number(x));
const pct = (r) => `${+(Number(r) * 100).toFixed(2)}%`;
const yearsText = (months) => `${Math.floor(months / 12)}年${months % 12 ? `${months % 12}个月` : ''}`;

// ---------- state ----------------------------------------------------------------------------
let scenario;
let regions = [];
let editing = null; // { list: 'history'|'plan', index: number|null (new) }
let notices = [];
let lastEstimate = null;
let lastErrors = [];
// "This month": the core's (China's time, from the one clock it reads), set once it is loaded.
let asOf = '';

function regionName(code) { const r = regions.find((x) => x.code === code); return r ? r.name_zh : code; }
function withAsOf(sc) { return { ...sc, as_of: asOf }; }

let storageWarned = false;
function commit() {
  touched = true;
  if (!save(scenario) && !storageWarned) { storageWarned = true; notices.push('无法保存到本机（可能是隐私模式、空间已满，或浏览器不允许嵌在应用里的页面保存），关闭页面后会丢失，请用“导出”保存。'); }
  render();
}

function compute() {
  const t0 = performance.now();
  const r = JSON.parse(core.estimate(JSON.stringify(withAsOf(scenario))));
  perf.computeMs.push(performance.now() - t0);
  if (r.ok) { lastEstimate = r.estimate; lastErrors = []; } else { lastEstimate = null; lastErrors = r.errors; }
}

// ---------- person ----------------------------------------------------------------------------
function select(options, value, onchange, attrs = {}) {
  return h('select', { onchange: (e) => onchange(e.target.value), ...attrs },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}
const regionOptions = () => regions.map((r) => [r.code, r.name_zh]);

function personCard() {
  const p = scenario.person;
  const set = (k, v) => { p[k] = v; if (k === 'sex') { if (v === 'female') p.category = p.category || 'flexible'; else delete p.category; } commit(); };
  return h('div', { class: 'card', id: 'person' },
    h('label', { class: 'field', for: 'birth' }, '出生年月'),
    h('input', { id: 'birth', type: 'month', value: p.birth, max: asOf, onchange: (e) => e.target.value && set('birth', e.target.value) }),
    h('label', { class: 'field' }, '性别'),
    select([['male', '男'], ['female', '女']], p.sex, (v) => set('sex', v), { id: 'sex' }),
    p.sex === 'female' && [
      h('label', { class: 'field' }, '身份（决定原来的退休年龄）'),
      select([['flexible', '灵活就业（多数地方按55岁）'], ['worker', '工人岗位（50岁）'], ['cadre', '管理或技术岗位（55岁）']], p.category, (v) => set('category', v), { id: 'category' }),
    ],
    h('label', { class: 'field' }, '户口所在地（户籍）'),
    select(regionOptions(), p.hukou, (v) => set('hukou', v), { id: 'hukou' }),
  );
}

// ---------- segments ---------------------------------------------------------------------------
function baseText(seg) {
  if (seg.kind === 'resident') return `每年交 ${seg.tier} 元`;
  if (!seg.base) return '';
  return seg.base.ratio ? `按平均工资的 ${pct(seg.base.ratio)} 交` : `按每月 ${seg.base.amount} 元基数交`;
}

function segErrors(list, i) {
  const prefix = `$.${list}[${i}]`;
  return lastErrors.filter((e) => e.path === prefix || e.path.startsWith(prefix + '.'));
}

function segmentCard(list, seg, i) {
  const errs = segErrors(list, i);
  if (editing && editing.list === list && editing.index === i) return segmentForm(list, seg, i);
  const len = seg.to ? monthsBetween(seg.from, seg.to) + 1 : null;
  return h('div', { class: `seg seg-${seg.kind}`, 'data-seg': `${list}-${i}` },
    h('div', { class: 'seg-title' }, `${ym(seg.from)} – ${seg.to ? ym(seg.to) : '退休'}`, len ? `（${yearsText(len)}）` : ''),
    h('div', { class: 'seg-meta' }, KIND_SHORT[seg.kind], seg.region ? ` · ${regionName(seg.region)}` : '', seg.kind !== 'gap' ? ` · ${baseText(seg)}` : ''),
    errs.map((e) => h('div', { class: 'bad' }, plain(e.zh))),
    h('div', { class: 'btn-row' },
      h('button', { class: 'btn btn-small', onclick: () => { editing = { list, index: i }; render(); } }, '修改'),
      h('button', { class: 'btn btn-small btn-warn', onclick: () => { if (confirm('删除这一段？')) { scenario[list].splice(i, 1); commit(); } } }, '删除')),
  );
}

function segmentForm(list, seg, i) {
  const d = structuredClone(seg);
  const inPlan = list === 'plan';
  const form = h('div', { class: 'seg', id: 'seg-form' });
  const draw = () => {
    form.replaceChildren(h('div', {},
      h('label', { class: 'field' }, '从哪个月开始'),
      h('input', { type: 'month', name: 'from', value: d.from, onchange: (e) => { d.from = e.target.value; } }),
      h('label', { class: 'field' }, '到哪个月（包含这个月）'),
      inPlan && h('label', { class: 'row' }, h('input', { type: 'checkbox', name: 'until-retirement', class: 'grow', checked: !d.to, onchange: (e) => { if (e.target.checked) delete d.to; else d.to = d.from; draw(); } }), '一直到退休'),
      d.to !== undefined && h('input', { type: 'month', name: 'to', value: d.to, onchange: (e) => { d.to = e.target.value; } }),
      h('label', { class: 'field' }, '这段时间怎么交的'),
      select(Object.entries(KIND), d.kind, (v) => {
        d.kind = v;
        if (v === 'gap') { delete d.region; delete d.base; delete d.tier; }
        else d.region = d.region || scenario.person.hukou;
        if (v === 'employee' || v === 'flexible') { d.base = d.base || { ratio: '0.6' }; delete d.tier; }
        if (v === 'resident') { d.tier = d.tier || '200'; delete d.base; d.region = scenario.person.hukou; }
        draw();
      }, { name: 'kind' }),
      d.kind !== 'gap' && [
        h('label', { class: 'field' }, d.kind === 'resident' ? '在哪里交（城乡居民只能在户口所在地交）' : '在哪里交'),
        select(regionOptions(), d.region, (v) => { d.region = v; }, { name: 'region' }),
      ],
      (d.kind === 'employee' || d.kind === 'flexible') && [
        h('label', { class: 'field' }, '缴费基数（按当地平均工资的几成交）'),
        select([...RATIOS.map((r) => [r, `${pct(r)}${r === '0.6' ? '（最低档）' : ''}`]), ['amount', '按具体金额']], d.base.ratio ?? 'amount', (v) => {
          d.base = v === 'amount' ? { amount: d.base.amount || '5000' } : { ratio: v }; draw();
        }, { name: 'ratio' }),
        d.base.amount !== undefined && [h('label', { class: 'field' }, '每月基数（元）'),
          h('input', { type: 'number', inputmode: 'decimal', min: '1', name: 'amount', value: d.base.amount, onchange: (e) => { d.base = { amount: e.target.value }; } })],
      ],
      d.kind === 'resident' && [
        h('label', { class: 'field' }, '每年交多少（元，缴费档次）'),
        h('input', { type: 'number', inputmode: 'numeric', min: '1', name: 'tier', value: d.tier, onchange: (e) => { d.tier = e.target.value; } }),
      ],
      h('div', { class: 'btn-row' },
        h('button', { class: 'btn btn-primary', name: 'save', onclick: () => {
          if (i === null) scenario[list].push(d); else scenario[list][i] = d;
          scenario[list].sort((a, b) => a.from.localeCompare(b.from));
          editing = null; commit();
        } }, '保存这一段'),
        h('button', { class: 'btn', onclick: () => { editing = null; render(); } }, '取消')),
    ));
  };
  draw();
  return form;
}

function nextFrom(list) {
  const xs = scenario[list];
  const last = xs[xs.length - 1];
  if (list === 'plan') return last?.to ? addMonths(last.to, 1) : addMonths(asOf, 1);
  return last?.to ? addMonths(last.to, 1) : addMonths(asOf, -12);
}

function timeline(list) {
  const xs = scenario[list];
  const isNew = editing && editing.list === list && editing.index === null;
  const fresh = isNew ? segmentForm(list, list === 'plan'
    ? { from: nextFrom(list), kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }
    : { from: nextFrom(list), to: asOf, kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }, null) : null;
  return h('div', { class: 'card', id: `list-${list}` },
    xs.length === 0 && !isNew && h('p', { class: 'muted' }, list === 'history' ? '还没有记录。点“添加一段”，或用下面的快捷填法。' : '没有安排：就是以后不再交。'),
    xs.map((seg, i) => segmentCard(list, seg, i)),
    fresh,
    !editing && h('div', { class: 'btn-row' },
      h('button', { class: 'btn btn-primary', name: `add-${list}`, onclick: () => { editing = { list, index: null }; render(); } }, '添加一段'),
      list === 'history'
        ? h('button', { class: 'btn', name: 'preset-flex-2019', onclick: () => preset('history', { from: '2019-01', to: asOf, kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }) }, '我从2019年起按60%交灵活就业')
        : [
          h('button', { class: 'btn', name: 'preset-plan-60', onclick: () => setPlan({ kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }) }, '以后一直按60%交到退休'),
          h('button', { class: 'btn', name: 'preset-plan-resident', onclick: () => setPlan({ kind: 'resident', region: scenario.person.hukou, tier: '200' }) }, '以后交城乡居民（每年200元）'),
          h('button', { class: 'btn', name: 'preset-plan-none', onclick: () => { scenario.plan = []; commit(); } }, '以后不交了'),
        ]),
  );
}

function workRegion() {
  const last = [...scenario.history].reverse().find((x) => x.region && x.kind !== 'resident');
  return last ? last.region : scenario.person.hukou;
}
function preset(list, seg) { scenario[list] = scenario[list].filter((x) => x.from > seg.to || (x.to && x.to < seg.from)); scenario[list].push(seg); scenario[list].sort((a, b) => a.from.localeCompare(b.from)); commit(); }
function setPlan(seg) { scenario.plan = [{ from: addMonths(asOf, 1), ...seg }]; commit(); }

// ---------- results -------------------------------------------------------------------------------
function term(key, text) { return h('span', { class: 'term', title: TERMS[key] }, text); }

// The likely range beside a central figure: "大约 X–Y 元" (10th–90th percentile of the draws).
const rangeNote = (b) => h('div', { class: 'result-note', 'data-range': `${b.low}-${b.high}` }, `大约 ${yuan(b.low)}–${yuan(b.high)} 元`);

function resultCards(e) {
  const p = e.employee.pension, r = e.resident;
  const g = e.assumptions.wage_growth;
  const re = e.range.employee;
  return h('div', { class: 'result-grid', id: 'results' },
    h('div', { class: 'result', id: 'result-employee' },
      h('div', { class: 'result-name' }, '职工养老保险（每月）'),
      p.eligible
        ? [h('div', { class: 'result-amount', 'data-amount': p.total }, yuan(p.total), h('span', { class: 'result-unit' }, ' 元')),
          h('div', { class: 'result-note', 'data-today': p.formula_total_today }, `约等于今天的 ${yuan(p.formula_total_today)} 元`),
          rangeNote(re.pension)]
        : [h('div', { class: 'result-amount bad' }, '还不能按月领'),
          h('div', { class: 'result-note' }, `缴费年限还差 ${yearsText(p.shortfall_months)}；交够了大约每月 ${yuan(p.formula_total)} 元`)],
      h('div', { class: 'result-note' }, `${ym(p.start)}起领，${p.age.years}岁${p.age.months ? p.age.months + '个月' : ''}`)),
    h('div', { class: 'result', id: 'result-resident' },
      h('div', { class: 'result-name' }, '城乡居民养老保险（每月）'),
      r.eligible
        ? [h('div', { class: 'result-amount', 'data-amount': r.total }, yuan(r.total), h('span', { class: 'result-unit' }, ' 元')),
          h('div', { class: 'result-note' }, `约等于今天的 ${yuan(r.formula_total_today)} 元`)]
        : [h('div', { class: 'result-amount bad' }, r.participating ? '年限不够' : '没有参加'),
          h('div', { class: 'result-note' }, `已交 ${r.years} 年，要 ${r.min_years} 年；交够了大约每月 ${yuan(r.formula_total)} 元`)],
      h('div', { class: 'result-note' }, `${ym(r.claim_month)}（60岁）起领`)),
    h("p", { class: "muted span2" }, `“今天的钱”按工资每年增长 ${pct(g)} 折算。实际以社保部门核定为准。`),
    h('p', { class: 'muted span2', id: 'range-note' }, `“大约”：工资涨幅、账户利息、养老金调整都说不准，十种情况里有八种落在这个范围里。`),
  );
}

function optionsCard(e) {
  const o = e.employee.options;
  if (!o) return null;
  const ext = o.extension, tr = o.to_resident;
  return h('div', { class: 'card', id: 'options' },
    h('div', { class: 'seg-title' }, '缴费年限不够，可以这样办：'),
    ext && h('p', {}, `① 退休后继续按灵活就业交 ${yearsText(ext.months)}（${ym(ext.from)}到${ym(ext.to)}），自己一共要交约 ${yuan(ext.cost)} 元，`,
      `之后从${ym(ext.pension.start)}起每月领约 ${yuan(ext.pension.total)} 元（约等于今天的 ${yuan(ext.pension.formula_total_today)} 元）。`),
    h('p', {}, `② 转到城乡居民养老保险（不用再交钱）：个人账户 ${yuan(tr.balance_moved)} 元转过去，${tr.years_counted} 年算作居民缴费年限，`,
      `但统筹部分 ${yuan(tr.pooled_lost)} 元带不走。`, tr.pension.eligible ? `从${ym(tr.start)}起每月约 ${yuan(tr.pension.total)} 元。` : `居民年限仍不够（${tr.pension.years}/${tr.pension.min_years}年），补够后每月约 ${yuan(tr.pension.formula_total)} 元。`),
    o.one_off && h('p', { id: 'option-one-off', 'data-status': o.one_off.status }, oneOffText(o.one_off)),
  );
}

// The one-off payment (一次性缴费): figures only where the region's rule is known; otherwise the
// core's plain reason (not allowed, or the local rule is missing).
function oneOffText(oo) {
  if (oo.status !== 'available') return `③ 一次性缴费：${oo.reason_zh}`;
  return `③ 一次性缴费：先延长缴费 ${yearsText(oo.extension_months)}（约 ${yuan(oo.extension_cost)} 元），${ym(oo.paid_at)}一次性补交 ${oo.months} 个月约 ${yuan(oo.cost)} 元，`
    + `之后从${ym(oo.pension.start)}起每月领约 ${yuan(oo.pension.total)} 元。`;
}

let gapAnalysis = null; // { key, result } — computed on request (it runs one estimate per way of filling each gap)

function analyseGaps() {
  const key = JSON.stringify(withAsOf(scenario));
  const r = JSON.parse(core.gaps(key));
  gapAnalysis = { key, result: r.ok ? r.gaps : null };
  render();
}

function gapLine(g, best) {
  const n = g.at_neighbour, f = g.at_floor;
  const what = (x, label) => x && h('div', { class: 'muted' },
    `${label}：自己多交约 ${yuan(x.cost)} 元，每月多领 ${yuan(x.gain)} 元（约等于今天的 ${yuan(x.gain_today)} 元）`,
    x.decides_eligibility ? '，而且能让缴费年限够数！' : '');
  return h('li', { 'data-gap': g.from },
    `${ym(g.from)} – ${ym(g.to)}：${yearsText(g.months)}没交${g.planned ? '（今后的打算里）' : ''}`, best ? ' ← 最划算' : '',
    n && what(n, `按前后同样的基数（${n.base.ratio ? pct(n.base.ratio) : n.base.amount + '元'}）补上`),
    f && what(f, '按最低档（60%）补上'));
}

function gapsCard() {
  const key = JSON.stringify(withAsOf(scenario));
  const a = gapAnalysis && gapAnalysis.key === key ? gapAnalysis.result : null;
  return h('div', { class: 'card', id: 'gaps' },
    h('div', { class: 'seg-title' }, '断缴的影响'),
    a === null
      ? [h('p', { class: 'muted' }, '断缴的月份不算缴费年限，也不记入个人账户。想知道每段断缴少领多少、补上要花多少？'),
        h('div', { class: 'btn-row' }, h('button', { class: 'btn btn-primary', name: 'analyse-gaps', onclick: analyseGaps }, '算一算断缴的影响'))]
      : a.gaps.length === 0
        ? h('p', { class: 'muted' }, '从第一次缴费到退休，没有断缴。')
        : [h('ul', { class: 'warn-list' }, a.gaps.map((g, i) => gapLine(g, a.best === i))),
          a.all_filled && h('p', {}, `全部补上：每月多领 ${yuan(a.all_filled.gain)} 元（约等于今天的 ${yuan(a.all_filled.gain_today)} 元），自己多交约 ${yuan(a.all_filled.cost)} 元。`),
          h('p', { class: 'muted' }, '“补上”是假设那几个月按灵活就业交了；过去的月份能不能补缴，要看当地政策。')],
  );
}

let choiceAnalysis = null; // { key, result }, computed on request (about 27 full estimates)

function choiceLabel(c) {
  if (c.kind === 'flexible') return `灵活就业，按 ${pct(c.base.ratio)} 交`;
  if (c.kind === 'resident') return `城乡居民，每年 ${Number(c.tier)} 元`;
  return '不再交';
}

const VARIANT = { as_planned: '按现在的打算', stop_now: '从现在起不交了', continue_1y: '再交1年就停', continue_2y: '再交2年就停',
  continue_5y: '再交5年就停', continue_10y: '再交10年就停', retire_early_12m: '提前1年退休', retire_early_36m: '提前3年退休',
  retire_late_12m: '推迟1年退休', retire_late_36m: '推迟3年退休' };

function choicesCard() {
  const key = JSON.stringify(withAsOf(scenario));
  const a = choiceAnalysis && choiceAnalysis.key === key ? choiceAnalysis.result : null;
  if (!a) {
    return h('div', { class: 'card', id: 'choices' },
      h('div', { class: 'seg-title' }, '以后怎么交更划算？'),
      h('p', { class: 'muted' }, '比一比：按60%、100%、150%、300%交灵活就业，交城乡居民，或者不交——每月花多少、能领多少、多久回本。'),
      h('div', { class: 'btn-row' }, h('button', { class: 'btn btn-primary', name: 'compare-choices', onclick: () => {
        const r = JSON.parse(core.choices(key));
        choiceAnalysis = { key, result: r.ok ? r.choices : null };
        render();
      } }, '比一比')));
  }
  const res = a.choices.filter((c) => c.kind === 'resident');
  const shown = a.choices.filter((c) => c.kind !== 'resident' || c === res[0] || c === res[Math.floor(res.length / 2)] || c === res[res.length - 1]);
  return h('div', { class: 'card', id: 'choices' },
    h('div', { class: 'seg-title' }, '以后怎么交：比一比'),
    h('ul', { class: 'warn-list' }, shown.map((c) => h('li', { 'data-choice': c.id },
      h('b', {}, choiceLabel(c)), `：现在每月花 ${yuan(c.monthly_cost_now)} 元，到退休一共交约 ${yuan(c.own_contributions)} 元；`,
      c.pension > 0 ? `每月能领 ${yuan(c.pension)} 元（约等于今天的 ${yuan(c.pension_today)} 元，${c.scheme === 'employee' ? '职工养老' : '城乡居民养老'}）` : '缴费年限不够，不能按月领',
      c.payback_months ? `，领 ${Math.ceil(Number(c.payback_months))} 个月就回本` : '',
      Number(c.heirs_receive) > 0 ? `；个人账户 ${yuan(c.heirs_receive)} 元可以由家人继承` : ''))),
    h('div', { class: 'seg-title' }, '什么时候停、什么时候退休'),
    h('ul', { class: 'warn-list' }, a.variants.filter((v) => v.possible).map((v) => h('li', { 'data-variant': v.id },
      `${VARIANT[v.id] || v.id}：`, v.eligible ? `${ym(v.start)}起每月 ${yuan(v.pension)} 元（约等于今天的 ${yuan(v.pension_today)} 元）`
        : `缴费 ${yearsText(v.months)}，不够 ${yearsText(v.min_months)}，不能按月领`))),
    h('p', { class: 'muted' }, '回本月数 = 自己交的钱 ÷ 每月多领的钱（都按当时的金额）。提前退休要先交够最低年限。'),
  );
}

function transferText(t) {
  const from = regionName(t.from), to = regionName(t.to);
  if (t.kind === 'temporary') {
    return `${from}临时账户（${t.months}个月）退休时全部本息归集到${to}：账户 ${yuan(t.account_moved)} 元，统筹 ${yuan(t.pooled_moved)} 元。`;
  }
  const when = t.kind === 'gathered' ? `${ym(t.month)}退休时从${from}转回${to}` : `${ym(t.month)}从${from}转到${to}`;
  return `${when}：个人账户 ${yuan(t.account_moved)} 元全部转走，统筹部分转走 ${yuan(t.pooled_moved)} 元（缴费基数的12%），${yuan(t.pooled_left)} 元留在${from}。`;
}

const WHY = { hukou: '户籍地', ten_years: '已满10年', could_reach: '还能交满10年', benefit_location: '领取地' };

/** Moving between places and schemes: where to retire, months in both schemes, the resident
 *  account moved in, and the EU pro-rata comparison (a policy comparison, not the law). */
function movesCard(e) {
  const places = e.where_to_retire || [], l = e.linkage || { overlaps: [] }, pr = e.prorata;
  const te = l.to_employee;
  if (places.length < 2 && l.overlaps.length === 0 && !te && !(pr && pr.shares.length > 1)) return null;
  return h('div', { class: 'card', id: 'moves' },
    places.length > 1 && h('div', { id: 'where-to-retire' },
      h('div', { class: 'seg-title' }, '在哪里退休更好？'),
      h('ul', { class: 'warn-list' }, places.map((x) => h('li', { 'data-region': x.region },
        `${regionName(x.region)}（${WHY[x.why] || x.why}${x.months_missing ? `，还差${yearsText(x.months_missing)}` : ''}）：每月约 ${yuan(x.total)} 元`,
        x.is_benefit_location ? '——按规定在这里领' : `，比领取地${Number(x.vs_benefit_location) >= 0 ? '多' : '少'} ${yuan(String(Math.abs(Number(x.vs_benefit_location))))} 元`))),
      h('p', { class: 'muted' }, '同样的记录按各地计发基数算。非户籍地要交满10年才能在那里领；男满50、女满40岁后去新的非户籍地只建临时账户。')),
    l.overlaps.length > 0 && h('div', { id: 'overlap' },
      h('div', { class: 'seg-title' }, '两种养老保险重复交的月份'),
      h('ul', { class: 'warn-list' }, l.overlaps.map((o) => h('li', {},
        `${ym(o.from)}到${ym(o.to)}：${o.months}个月重复，只算职工年限，居民退还 ${yuan(o.refund)} 元${o.year_dropped ? '（该年不算居民年限）' : ''}。`))),
      h('p', { 'data-refund': l.refund_total }, `共退 ${yuan(l.refund_total)} 元（城乡养老保险制度衔接暂行办法 第七条）。`)),
    te && h('div', { id: 'to-employee' },
      h('div', { class: 'seg-title' }, '居民养老保险可并入职工养老保险'),
      h('p', {}, `退休时居民账户 ${yuan(te.balance_moved)} 元转进职工账户，每月多 ${yuan(te.gain)} 元（共 ${yuan(te.total)} 元）；居民 ${te.resident_years_not_counted} 年不算职工年限，两种不能同时领。`)),
    pr && pr.shares.length > 1 && h('div', { id: 'prorata' },
      h('div', { class: 'seg-title' }, '政策比较（不是现行规定）：像欧盟那样各地按比例发'),
      h('ul', { class: 'warn-list' }, pr.shares.map((s) => h('li', {},
        `${regionName(s.region)}：${yearsText(s.months)}，全程算 ${yuan(s.theoretical)} 元，按比例发 ${yuan(s.pays)} 元`))),
      h('p', {}, `合计 ${yuan(pr.total)} 元，现行 ${yuan(pr.current)} 元，差 ${yuan(pr.difference)} 元。`),
      h('p', { class: 'muted' }, '只供理解和讨论（欧盟第883/2004号条例第52条），中国现在不这样发。')),
  );
}

function detailsCard(e) {
  const p = e.employee.pension;
  return h('div', { class: 'card', id: 'details' },
    h('dl', { class: 'kv' },
      h('dt', {}, term('years', '缴费年限')), h('dd', { 'data-k': 'months' }, `${yearsText(p.contribution_months + p.deemed_months)}（最低要 ${yearsText(p.min_months)}）`),
      h('dt', {}, term('index', '平均缴费指数')), h('dd', { 'data-k': 'avg_index' }, p.avg_index),
      h('dt', {}, term('c', '计发基数')), h('dd', { 'data-k': 'c' }, `${yuan(p.c)} 元（${regionName(p.benefit_region)}，${p.start.slice(0, 4)}年，按假设推算）`),
      h('dt', {}, term('account', '个人账户')), h('dd', { 'data-k': 'balance' }, `${yuan(p.balance)} 元（退休时）`),
      h('dt', {}, term('divisor', '计发月数')), h('dd', {}, `${p.divisor}（${p.divisor_age}岁）`),
      h('dt', {}, '在哪里领'), h('dd', {}, `${regionName(e.benefit_location.region)}：${e.benefit_location.reason_zh}`),
      h('dt', {}, '自己交的钱'), h('dd', {}, `${yuan(p.own_contributions)} 元（职工养老，名义金额）`)),
    e.transfers.length > 0 && h('div', { id: 'transfers' },
      h('div', { class: 'seg-title' }, '换地方交的时候，钱怎么走'),
      h('ul', { class: 'warn-list' }, e.transfers.map((t) => h('li', {}, transferText(t)))),
      h('p', { class: 'muted' }, '依据：城镇企业职工基本养老保险关系转移接续暂行办法（国办发〔2009〕66号）第四、五、六条。')),
    h('p', { class: 'muted' }, TERMS.account),
  );
}

function chart(e) {
  const pts = e.timeline.filter((t) => t.employee_balance || t.resident_balance);
  if (pts.length < 2) return null;
  const W = 320, H = 140, L = 40, B = 20;
  const xs = pts.map((t) => t.year), ys = pts.map((t) => Number(t.employee_balance || 0) + Number(t.resident_balance || 0));
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y1 = Math.max(...ys, 1);
  const X = (x) => L + ((x - x0) / Math.max(1, x1 - x0)) * (W - L - 8), Y = (y) => H - B - (y / y1) * (H - B - 8);
  return h('div', { class: 'card', id: 'chart' },
    h('div', { class: 'seg-title' }, '个人账户余额（元，按年）'),
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': '个人账户余额随年份增长' },
      s('polyline', { points: pts.map((t, i) => `${X(xs[i])},${Y(ys[i])}`).join(' '), fill: 'none', stroke: '#07c160', 'stroke-width': '2' }),
      s('line', { x1: L, y1: H - B, x2: W - 8, y2: H - B, stroke: '#ccc' }),
      s('text', { x: L, y: H - 4 }, String(x0)), s('text', { x: W - 40, y: H - 4 }, String(x1)),
      s('text', { x: 0, y: 12 }, yuan(y1).replace(/\.\d\d$/, ''))),
  );
}

function explainCard(e) {
  const src = new Map(e.parameters_used.map((u) => [u.param, u]));
  const c = [...src.values()].find((u) => u.param.endsWith('.benefit_base'));
  return h('div', { class: 'card explain', id: 'explain' },
    h('div', { class: 'seg-title' }, '怎么算的'),
    e.explanations.map((x) => h('details', {},
      h('summary', {}, `${x.title_zh}：${x.result}`),
      h('p', {}, x.formula_zh),
      h('div', { class: 'formula' }, x.computation, ' = ', x.result),
      h('p', { class: 'muted' }, '依据：', x.sources.join('；')))),
    c && h('p', { class: 'muted' }, `计发基数来源：${c.source.publisher}《${c.source.title}》${c.source.doc || ''}（${GRADE_ZH[c.grade] || '参考资料'}）`),
  );
}

function warningsCard(e) {
  if (!e.warnings.length) return null;
  return h('div', { class: 'card', id: 'warnings' },
    h('div', { class: 'seg-title' }, '请注意'),
    h('ul', { class: 'warn-list' }, e.warnings.map((w) => h('li', {}, plain(w.zh)))));
}

function assumptionsCard(e) {
  const a = e.assumptions;
  const field = (key, label) => [h('label', { class: 'field' }, label),
    h('input', { type: 'number', step: '0.1', inputmode: 'decimal', name: `assume-${key}`, value: +(Number(a[key]) * 100).toFixed(2),
      onchange: (ev) => { const v = ev.target.value; if (v === '') delete scenario.assumptions[key]; else scenario.assumptions[key] = String(+(Number(v) / 100).toFixed(6)); commit(); } })];
  const region = e.benefit_location.region;
  const cOverride = scenario.overrides.find((o) => o.param === `${region}.benefit_base`);
  return h('div', { class: 'card', id: 'assumptions' },
    h('div', { class: 'seg-title' }, '假设和参数（可以改）'),
    field('wage_growth', '平均工资每年增长（%）'),
    field('crediting_rate', '个人账户以后每年的记账利率（%）'),
    field('pension_adjustment', '退休后养老金每年上调（%）'),
    h('label', { class: 'field' }, `${regionName(region)}现在的计发基数（元/月，不知道就留空）`),
    h('input', { type: 'number', inputmode: 'decimal', name: 'override-c', value: cOverride ? cOverride.value : '', placeholder: '用内置数据',
      onchange: (ev) => { scenario.overrides = scenario.overrides.filter((o) => o.param !== `${region}.benefit_base`); if (ev.target.value) scenario.overrides.push({ param: `${region}.benefit_base`, value: String(ev.target.value) }); commit(); } }),
    h('p', { class: 'muted' }, '用到的每个数字的年份和出处，见上面“请注意”和“怎么算的”。'),
  );
}

function dataCard() {
  const link = `${location.origin}${location.pathname}#${toFragment(withAsOf(scenario))}`;
  return h('div', { class: 'card', id: 'data' },
    h('div', { class: 'seg-title' }, '我的数据'),
    h('p', { class: 'muted' }, '数据只保存在这台手机的浏览器里。换手机或清理浏览器前，请先导出。'),
    h('div', { class: 'btn-row' },
      h('button', { class: 'btn', name: 'export', onclick: () => {
        const blob = new Blob([JSON.stringify(withAsOf(scenario), null, 2)], { type: 'application/json' });
        const a = h('a', { href: URL.createObjectURL(blob), download: `养老金测算-${asOf}.json` });
        document.body.append(a); a.click(); a.remove();
      } }, '导出文件'),
      h('label', { class: 'btn row' }, '导入文件', h('input', { type: 'file', accept: 'application/json,.json', name: 'import', class: 'hidden', onchange: importFile })),
      h('button', { class: 'btn', name: 'share', onclick: async () => {
        try { await navigator.clipboard.writeText(link); notices.push('分享链接已复制。链接里包含你的数据，只发给信任的人。'); } catch { prompt('复制这个链接：', link); }
        render();
      } }, '复制分享链接'),
      hasBeforeHost() && h('button', { class: 'btn', name: 'restore-before-host', onclick: () => {
        const lost = [];
        try { scenario = cleanScenario(JSON.parse(localStorage.getItem(BEFORE_HOST)).scenario, lost); localStorage.removeItem(BEFORE_HOST); notices.push('已恢复应用填入之前的数据。', ...lost); } catch { notices.push('备份无法读取。'); }
        commit();
      } }, '恢复应用填入之前的数据'),
      h('button', { class: 'btn btn-warn', name: 'reset', onclick: () => { if (confirm('清空所有填写的内容？')) { scenario = cleanScenario({}); commit(); } } }, '清空')));
}

function hasBeforeHost() {
  try { return localStorage.getItem(BEFORE_HOST) != null; } catch { return false; }
}

async function importFile(ev) {
  const f = ev.target.files[0];
  if (!f) return;
  if (f.size > 2_000_000) { notices.push('文件太大，不像是导出的数据。'); render(); return; }
  try {
    const lost = [];
    const sc = cleanScenario(JSON.parse(await f.text()), lost);
    scenario = sc;
    notices.push(lost.length ? `已导入，但有些内容无法识别：${lost.join('；')}` : '已导入。');
  } catch {
    notices.push('这个文件不是有效的数据文件，没有导入。');
  }
  commit();
}

// ---------- the host app: prefill and share ------------------------------------------------------
const BEFORE_HOST = 'pe.state.before-host';

function applyPrefill(sc, lost) {
  scenario = sc;
  editing = null;
  notices.push(`已填入应用（${embed.host}）提供的信息，请核对。`, ...lost);
  commit();
}

/** A prefill from the host: applied at once when there is nothing of the person's to lose, else offered. */
function receivePrefill(raw) {
  const lost = [];
  const sc = cleanPrefill(raw, lost);
  if (!sc) { notices.push(...lost); render(); return; }
  if (!hasSaved && !touched) { applyPrefill(sc, lost); return; }
  offer = { scenario: sc, lost };
  render();
}

function offerCard() {
  if (!offer) return null;
  const p = offer.scenario.person;
  return h('div', { class: 'notice', id: 'prefill-offer' },
    h('p', {}, `应用（${embed.host}）想帮你填入信息：户口 ${regionName(p.hukou)}，出生 ${ym(p.birth)}，${offer.scenario.history.length} 段经历。`),
    h('p', {}, '这台手机上已经有你保存的数据。换成应用的信息后，原来的数据会备份，可以在“我的数据”里恢复。'),
    h('div', { class: 'btn-row' },
      h('button', { class: 'btn btn-primary', name: 'accept-prefill', onclick: () => {
        try { const prev = localStorage.getItem('pe.state'); if (prev != null) localStorage.setItem(BEFORE_HOST, prev); } catch { /* storage unavailable */ }
        const o = offer; offer = null; applyPrefill(o.scenario, o.lost);
      } }, '用应用的信息'),
      h('button', { class: 'btn', name: 'reject-prefill', onclick: () => { offer = null; render(); } }, '保留我自己的')));
}

function shareCard(e) {
  if (!embed.channel) return null;
  return h('div', { class: 'card', id: 'share-app' },
    h('p', {}, `把这次测算的结果（和你填写的经历）发给应用：${embed.host}。不按这个按钮，什么都不会发送。`),
    h('div', { class: 'btn-row' }, h('button', { class: 'btn btn-primary', name: 'share-with-app', onclick: () => {
      const v = JSON.parse(core.version());
      const sent = sendResult(window, embed, { type: RESULT, version: 1, schema_version: v.schema_version,
        scenario: withAsOf(scenario), estimate: e });
      notices.push(sent ? `已发送给应用（${embed.host}）。` : '没有发送：找不到应用。');
      render();
    } }, '分享给应用')));
}

// ---------- page -----------------------------------------------------------------------------------
function render() {
  compute();
  const t0 = performance.now();
  const e = lastEstimate;
  const globalErrors = lastErrors.filter((x) => !/^\$\.(history|plan)\[/.test(x.path));
  app.replaceChildren(h('main', {},
    h('header', { class: 'hd' }, h('h1', { class: 'hd-title' }, '养老金测算'),
      h('p', { class: 'hd-sub' }, `离线计算，你的信息只存在这台手机上，不会上传。按 ${ym(asOf)} 计算。`)),
    notices.map((n) => h('div', { class: 'notice' }, n)),
    offerCard(),
    h('h2', { class: 'sec-title' }, '1. 我的情况'), personCard(),
    h('h2', { class: 'sec-title' }, '2. 以前交过的养老保险（包括没交的时间）'), timeline('history'),
    h('h2', { class: 'sec-title' }, '3. 以后的打算'), timeline('plan'),
    h('h2', { class: 'sec-title' }, '4. 能领多少'),
    globalErrors.length > 0 && h('div', { class: 'notice notice-error', id: 'errors' }, globalErrors.map((x) => h('div', {}, plain(x.zh)))),
    lastErrors.length > 0 && !e && h('div', { class: 'notice notice-error' }, '请先改正上面标红的地方。'),
    e && [resultCards(e), shareCard(e), optionsCard(e), choicesCard(), gapsCard(), movesCard(e), detailsCard(e), chart(e), warningsCard(e), explainCard(e), assumptionsCard(e)],
    h('h2', { class: 'sec-title' }, '5. 保存和分享'), dataCard(),
  ));
  notices = [];
  perf.renderMs.push(performance.now() - t0);
  if (e && perf.firstResultAt === null) perf.firstResultAt = performance.now();
  document.body.dataset.ready = '1';
}

async function main() {
  try {
    await wasmCore.load();
  } catch (err) {
    app.replaceChildren(h('div', { class: 'notice notice-error', id: 'wasm-failed' },
      '计算模块没有加载成功，所以现在没法计算。请检查网络后刷新；如果一直不行，可能是这个浏览器太旧，请换用微信或系统自带浏览器。你保存的数据还在，不会丢。'));
    document.body.dataset.ready = 'failed';
    return;
  }
  asOf = wasmCore.currentMonth();
  regions = JSON.parse(core.regions()).regions;
  const loaded = load();
  scenario = loaded.scenario;
  if (loaded.unavailable) { storageWarned = true; notices.push('这里不能在本机保存数据（可能是隐私模式，或浏览器不允许嵌在应用里的页面保存），关闭页面后会丢失，请用“导出”保存。'); }
  notices.push(...loaded.lost);
  if (loaded.lost.length) save(scenario); // keep what was recovered
  const lost = [];
  const shared = fromFragment(fragment.has('s') ? `s=${fragment.get('s')}` : '', lost);
  if (shared) {
    scenario = shared;
    notices.push('已载入分享链接里的数据。', ...lost);
    save(scenario);
  } else if (lost.length) notices.push(...lost);
  // The data leaves the address bar; the host declaration stays (a reload keeps the embedding).
  if (location.hash) history.replaceState(null, '', location.pathname + location.search + (embed.host ? `#host=${encodeURIComponent(embed.host)}` : ''));
  if (embed.mismatch) notices.push(`这个页面嵌在 ${embed.mismatch} 里，和声明的应用（${embed.declared}）不一致：不会接收也不会发送任何数据。`);
  const prefill = embed.host && fragment.has('prefill') ? decodeJson64(fragment.get('prefill')) : undefined;
  if (embed.host && fragment.has('prefill') && prefill === undefined) notices.push('应用提供的数据无法读取，没有填入。');
  if (loaded.fresh && !shared) {
    scenario.history = [];
    if (prefill === undefined) notices.push('先填出生年月和户口所在地，再添加交养老保险的经历。');
  }
  hasSaved = !loaded.fresh || !!shared;
  pageReady = true;
  if (prefill !== undefined) waitingPrefills.unshift(prefill);
  if (waitingPrefills.length) for (const raw of waitingPrefills.splice(0)) receivePrefill(raw);
  else render();
  if ('serviceWorker' in navigator && location.protocol !== 'file:') navigator.serviceWorker.register('sw.js').catch(() => {});
}

main();
