// 养老金测算: the page. Plain DOM (no framework), text only through textContent (no innerHTML),
// the calculation in the wasm core. The answer first: once the history is entered, the first
// screen is the answer card (keep paying · go home to the resident scheme · stop, in today's money).
import * as wasmCore from './core.js';
import { load, save, cleanScenario, cleanPrefill, decodeJson64, toFragment, fromFragment } from './state.js';
import { embedding, prefillFrom, sendResult, RESULT } from './host.js';
import { addMonths, monthsBetween, firstOpenMonth, gapEffect, planFor, pastPlan, settlePastPlan, afterStatement, answerRows, rowFromChoice, rowFromEstimate, rowFromHeadline, ageAt, choiceForPlan, ym, ageText, yearsText, round, rowLabel, rowDetail, hasPaid, recordKind, statementKind, asNowWords, shortNote, enoughWords, planSoFar } from './answer.js';

const perf = (window.__perf = { computeMs: [], renderMs: [], sliderMs: [], firstResultAt: null });
// The calls, by name, through the trap-safe door (window.__core for the browser tests).
const core = new Proxy({}, { get: (_, name) => (...args) => wasmCore.call(name, ...args) });
window.__core = { call: wasmCore.call, ready: wasmCore.ready, spent: wasmCore.spent };
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
let offer = null; // { scenario, lost, from: 'host'|'link' }: data waiting for the person's consent
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

// ---------- time: the one place the page reads "this month" -------------------------------------
/** This month in China (UTC+8), `YYYY-MM`: the month every figure is valued at. */
// "This month": the core's (China's time, from the one clock it reads: src/clock.rs), asked once
// the module is loaded. Nothing else on the page reads a date.
function thisMonth() { return wasmCore.currentMonth(); }
let asOf = '';

// ---------- words ---------------------------------------------------------------------------
const KIND = { employee: '在单位上班，单位交（职工养老）', flexible: '自己交（灵活就业，职工养老）', resident: '城乡居民养老保险（在老家交）', gap: '没交（断缴）' };
const KIND_SHORT = { employee: '单位交', flexible: '灵活就业', resident: '城乡居民', gap: '没交' };
const RATIOS = ['0.6', '0.7', '0.8', '1', '1.5', '2', '3'];
// One plain sentence per term, opened by tapping it (a half-screen dialog: phones have no hover).
const TERMS = {
  年限: ['缴费年限', '一共交了多少年。职工养老要交够最低年限（2030年起逐年提高到20年）才能每月领钱。'],
  今天的钱: ['按今天的钱', '几十年后的钱会“变小”：把那时的金额换算成今天能买到同样东西的金额，方便和现在的收入比。'],
  大约: ['大约的范围', '工资涨多少、利息多少、养老金每年调多少都说不准：十种情况里有八种落在这个范围里。'],
  统筹: ['统筹', '灵活就业交的钱里，有一部分进大家的公共基金（统筹），不记在你名下；转去城乡居民时这部分带不走。'],
  个人账户: ['个人账户', '你交的钱里记在你名下的部分（8%），有利息；去世时账户里剩下的钱可以由家人继承。'],
  计发基数: ['计发基数', '退休那年当地的平均工资（官方公布的计算用数），每月的基础养老金按它算。'],
  记账利率: ['记账利率', '个人账户每年加的利息率，由国家每年公布。'],
  视同缴费: ['视同缴费', '1990年代建立个人账户以前在国有单位工作的年头，不用交钱也算作交过。'],
  过渡性养老金: ['过渡性养老金', '给有视同缴费年限的人多发的一部分，补上那些年没有个人账户。'],
  临时账户: ['临时账户', '男满50岁、女满40岁以后到户口不在的地方交，只记在临时账户里，退休时要转回去。'],
  缴费指数: ['缴费指数', '你交的基数是当地平均工资的多少倍：按60%交就是0.6。越高，每月领得越多。'],
  回本: ['多久回本', '以后自己多交的钱，除以每月比不交多领的钱（都按当时的钱算）：领多少个月就领回来了。'],
};
// Grades of a source, in words (the core's status of a parameter value).
/** What a figure rests on (`parameters_used[].grade`, params::Grade in the core). */
const GRADE_ZH = { official: '官方文件', reference: '参考资料', estimate: '估算', user: '你自己填的' };
const plain = (text) => String(text)
  .replace(/\$\.history\[(\d+)\]/g, (_, i) => `以前的第${Number(i) + 1}段`)
  .replace(/\$\.plan\[(\d+)\]/g, (_, i) => `今后的第${Number(i) + 1}段`);
// One formatter for every amount (a new one per call was the most expensive function per render).
const YUAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const yuan = (x) => YUAN.format(Number(x));
const pct = (r) => `${+(Number(r) * 100).toFixed(2)}%`;

// ---------- state ----------------------------------------------------------------------------
let scenario;
let regions = [];
let editing = null; // { list: 'history'|'plan', index: number|null (new) }
let notices = [], noticesShown = 0;
let lastEstimate = null, lastGood = null;
let lastErrors = [];
const UI_KEY = 'pe.ui';
// How the plan is set: auto (follows the history), pay, stop, custom; `never`: the person said they
// never paid (an empty history is then an answer, not a form still to fill).
let ui = { plan: 'auto', never: false };

function loadUi() { try { const v = JSON.parse(localStorage.getItem(UI_KEY)); if (v && ['auto', 'pay', 'stop', 'custom'].includes(v.plan)) ui = { plan: v.plan, never: v.never === true }; } catch { /* storage refused */ } }
function saveUi() { try { localStorage.setItem(UI_KEY, JSON.stringify(ui)); } catch { /* storage refused */ } }

function regionName(code) { const r = regions.find((x) => x.code === code); return r ? r.name_zh : '（不认识的地区）'; }
/** A new person's scenario: nothing pre-filled (the core's required fields are asked for first). */
function blankScenario() {
  const sc = cleanScenario({});
  sc.person.birth = ''; sc.person.hukou = ''; sc.history = [];
  return sc;
}
function withAsOf(sc) { return { ...sc, as_of: asOf }; }
const ready = () => !!(scenario.person.birth && scenario.person.hukou);
/** A record to answer: segments entered, or none because the person said they never paid. */
const recorded = () => scenario.history.length > 0 || !!scenario.summary || ui.never;
const paidAny = () => hasPaid(scenario.history, scenario.summary);
const firstOpen = () => firstOpenMonth(scenario.history, asOf, scenario.summary);
const record = () => recordKind(scenario.history, scenario.summary);

/** Provinces by pinyin, the provinces most riders come from first; cities with their own figures under their province. */
const COMMON = ['HA', 'SC', 'AH', 'HN', 'HB', 'JX', 'GX', 'GZ', 'SD', 'HE', 'CQ', 'GD'];
let regionList = null; // the options, built once (the regions do not change while the page is open)
function regionOptions() {
  return (regionList ||= buildRegionOptions());
}
function buildRegionOptions() {
  const byPinyin = new Intl.Collator('zh-CN');
  const provinces = regions.filter((r) => !r.parent).sort((a, b) => byPinyin.compare(a.name_zh, b.name_zh));
  const withCities = (list) => list.flatMap((p) => [[p.code, p.name_zh], ...regions.filter((c) => c.parent === p.code).map((c) => [c.code, `　${c.name_zh}（${p.name_zh}）`])]);
  const common = COMMON.map((c) => provinces.find((p) => p.code === c)).filter(Boolean);
  return [['', '请选择'], ...withCities(common), ['—', '—— 其他省份（按拼音）——'], ...withCities(provinces.filter((p) => !COMMON.includes(p.code)))];
}

let storageWarned = false;
function commit() {
  touched = true;
  // A notice stays until the person's next change (the analyses redraw the page meanwhile);
  // those pushed since the last drawing (by this change) are kept.
  notices = notices.slice(noticesShown); noticesShown = 0;
  if (!pastPlan(scenario.plan, asOf)) scenario.plan = planFor(ui.plan, scenario.history, scenario.plan, asOf, scenario.summary);
  saveUi();
  if (!save(scenario) && !storageWarned) { storageWarned = true; notices.push('无法保存到本机（可能是隐私模式、空间已满，或浏览器不允许嵌在应用里的页面保存），关闭页面后会丢失，请用“导出”保存。'); }
  render();
}

// The estimate is of the scenario's text (and of whether the sources' descriptions are loaded):
// a drawing for anything else — a form opened, a panel, a dialog — keeps the one it has.
let computedFor = null;
function compute() {
  if (!ready()) { lastEstimate = null; lastErrors = []; computedFor = null; return; }
  const text = scenarioKey();
  const key = `${sourcesState}\n${text}`;
  if (key === computedFor) return;
  const t0 = performance.now();
  const r = JSON.parse(core.estimate(text));
  // An internal error (a trap: the module was reloaded) is tried again at the next drawing.
  computedFor = r.ok || !r.errors.some((x) => x.code === 'internal') ? key : null;
  perf.computeMs.push(performance.now() - t0);
  if (r.ok) { lastEstimate = r.estimate; lastGood = r.estimate; lastErrors = []; } else { lastEstimate = null; lastErrors = r.errors; }
}

// ---------- the slower analyses: computed after the first paint, cached by scenario ------------
// choices (one estimate per way of paying), the history alone (no plan: its headline), gaps (one per gap).
const later = { key: null, choices: null, enough: null, baseline: null, gaps: null, payToEnd: null, home: null, flexShort: null, scheduled: false };

function scenarioKey() { return JSON.stringify(withAsOf(scenario)); }

function analyse() {
  const key = scenarioKey();
  if (later.key === key) return;
  const sc = withAsOf(scenario);
  const ch = JSON.parse(core.choices(key));
  // The history alone: only its own contributions are read (what a plan pays beyond them), which
  // the headline has — a tenth of a full estimate's time.
  const base = JSON.parse(core.estimate_headline(JSON.stringify({ ...sc, plan: [] }), undefined, false));
  const gp = JSON.parse(core.gaps(key));
  Object.assign(later, { key, choices: ch.ok ? ch.choices.choices : null, enough: ch.ok ? ch.choices.enough : null, baseline: base.ok ? base.headline : null, gaps: gp.ok ? gp.gaps : null, payToEnd: null });
  // Going home: what happens to the employee record (moved into the resident scheme when short).
  const home = later.choices && answerRows(later.choices, scenario.plan, firstOpen()).rows.find((r) => r.kind === 'resident');
  later.home = null;
  // Only a record short of the minimum has options (the estimate's `employee.options`): when the
  // choice's employee pension is paid (`employee_pension` > 0: eligible), there is nothing to ask.
  const homeChoice = home && later.choices.find((c) => c.id === home.id);
  if (home && !(homeChoice && Number(homeChoice.employee_pension) > 0)) {
    const r = JSON.parse(core.estimate(JSON.stringify({ ...sc, plan: [{ from: firstOpen(), kind: 'resident', region: scenario.person.hukou, tier: home.id.split('_')[1] }] })));
    later.home = r.ok && r.estimate.employee.options ? r.estimate.employee.options.to_resident : null;
  }
  // Flexible work that still ends short of the employee minimum (someone switching late from the
  // resident scheme): the core's row is the resident pension without that record; what the record
  // could still become — moved into the resident scheme, or extended after retirement.
  const flexRow = later.choices && answerRows(later.choices, scenario.plan, firstOpen()).rows.find((r) => r.kind === 'flexible');
  const flex = flexRow && later.choices.find((c) => c.id === flexRow.id);
  later.flexShort = null;
  if (flex && !(Number(flex.employee_pension) > 0)) {
    const r = JSON.parse(core.estimate(JSON.stringify({ ...sc, plan: [{ from: firstOpen(), kind: 'flexible', region: flex.region, base: flex.base }] })));
    later.flexShort = r.ok && r.estimate.employee.options ? r.estimate.employee.options : null;
  }
  // Short of the minimum and not paying: what paying to retirement would leave missing.
  if (lastEstimate && !lastEstimate.employee.pension.eligible && scenario.plan.length === 0 && later.choices) {
    const r = JSON.parse(core.estimate(JSON.stringify({ ...sc, plan: [{ from: firstOpen(), kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }] })));
    later.payToEnd = r.ok ? r.estimate : null;
  }
}

/** Runs the analyses after this frame is painted, then draws again. */
function scheduleAnalysis() {
  if (later.scheduled || !lastEstimate || later.key === scenarioKey()) return;
  later.scheduled = true;
  setTimeout(() => { later.scheduled = false; analyse(); drawAnalysed(); }, 0);
}

/** After the analyses: only the parts that read them are drawn again (the answer, the gaps, the
 *  ways to reach the minimum) — the rest of the page, its estimate and its forms are as the last
 *  drawing left them. A form open for editing (its "现在每月要交" line reads the choices) or
 *  another view gets the whole page drawn. Measured on the 40-year history at 4× CPU throttle:
 *  see docs/web.md ("After an edit"). */
function drawAnalysed() {
  const old = document.getElementById('results');
  const e = lastEstimate || lastGood;
  if (!old || editing || view !== 'main' || !e) { render(); return; }
  old.replaceWith(resultsPart(e, !lastEstimate));
  document.getElementById('enough-box')?.replaceWith(enoughBox());
  document.body.dataset.answer = analysed() ? '1' : '0';
}
const analysed = () => later.key === scenarioKey() && later.choices;

// ---------- tappable words: a WeUI half-screen dialog --------------------------------------------
function term(key, text = TERMS[key][0]) {
  return h('button', { type: 'button', class: 'term', 'data-term': key, onclick: () => openTerm(key) }, text);
}
function openTerm(key) {
  const [title, sentence] = TERMS[key];
  const close = () => { dialog.remove(); };
  const dialog = h('div', { class: 'term-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': title },
    h('div', { class: 'weui-mask', onclick: close }),
    h('div', { class: 'weui-half-screen-dialog' },
      h('div', { class: 'weui-half-screen-dialog__hd' },
        h('div', { class: 'weui-half-screen-dialog__hd__main' }, h('strong', { class: 'weui-half-screen-dialog__title' }, title)),
        h('div', { class: 'weui-half-screen-dialog__hd__side' }, h('button', { type: 'button', class: 'btn', name: 'close-term', onclick: close }, '关闭'))),
      h('div', { class: 'weui-half-screen-dialog__bd' }, h('p', { class: 'weui-half-screen-dialog__desc' }, sentence))));
  document.body.append(dialog);
  dialog.querySelector('button[name=close-term]').focus();
}

/**
 * A WeUI dialog in place of `window.confirm`, which an app's WebView may not show at all (an
 * Android WebView without a chrome client answers "no" at once: nothing could be deleted) and
 * which WeChat titles with the page's address. Resolves true for the primary button; the other
 * button (none when `cancel` is null) and Escape resolve false. Focus goes to the primary button
 * and back afterwards. `text`: words, or nodes.
 */
function ask(text, { ok = '确定', cancel = '取消', warn = false } = {}) {
  return new Promise((resolve) => {
    const before = document.activeElement;
    const key = (e) => { if (e.key === 'Escape') done(false); };
    const done = (yes) => { box.remove(); document.removeEventListener('keydown', key); before?.focus?.(); resolve(yes); };
    const box = h('div', { class: 'ask-dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-label': '请确认', 'aria-describedby': 'ask-text' },
      h('div', { class: 'weui-mask' }),
      h('div', { class: 'weui-dialog' },
        h('div', { class: 'weui-dialog__bd', id: 'ask-text' }, text),
        h('div', { class: 'weui-dialog__ft' },
          cancel !== null && h('button', { type: 'button', class: 'weui-dialog__btn weui-dialog__btn_default', name: 'ask-cancel', onclick: () => done(false) }, cancel),
          h('button', { type: 'button', class: `weui-dialog__btn weui-dialog__btn_primary${warn ? ' ask-warn' : ''}`, name: 'ask-ok', onclick: () => done(true) }, ok))));
    document.addEventListener('keydown', key);
    document.body.append(box);
    box.querySelector('button[name=ask-ok]').focus();
  });
}

function toast(text) {
  const t = h('div', { class: 'weui-toast weui-toast_text', role: 'status' }, h('p', { class: 'weui-toast__content' }, text));
  document.body.append(t);
  setTimeout(() => t.remove(), 1800);
}

// ---------- the answer card --------------------------------------------------------------------
function rowName(row) {
  return rowLabel(row, scenario.person.hukou, workRegion(), record());
}

/** The rows now: the core's choices, and the plan's row from a slider's estimate if there is one. */
function currentRows(preview) {
  const { rows, current } = answerRows(later.choices, scenario.plan, firstOpen());
  if (preview) {
    const i = rows.findIndex((r) => r.id === current);
    if (i >= 0) rows[i] = { ...preview, id: current, kind: rows[i].kind };
  }
  return { rows, current };
}

function headline(row, e, preview) {
  const p = e.employee.pension;
  const what = asNowWords(scenario.plan.length > 0, paidAny(), scenario.plan.at(-1)?.to);
  if (!row.eligible) {
    // A slider's estimate carries its own start and shortfall; else the saved plan's estimate.
    const [formula, start, short] = preview ? [preview.formulaToday, preview.start, preview.shortfall] : [p.formula_total_today, p.start, p.shortfall_months];
    const note = shortNote(formula);
    return h('div', { class: 'headline', id: 'headline', 'data-eligible': 'false' },
      h('div', { class: 'hl-what' }, `${what}，到 ${ym(start)}（${ageText(ageAt(scenario.person.birth, start))}）退休时：`),
      h('div', { class: 'hl-big bad' }, `年限还差 ${yearsText(short)}`),
      h('div', { class: 'hl-note' }, note.text, note.enough && ['交够了每月约 ', h('b', { 'data-formula-today': formula }, `${note.enough} 元`), '（', term('今天的钱'), '）'], '——见下面“怎么补够年限”。'));
  }
  const age = ageAt(scenario.person.birth, row.start);
  return h('div', { class: 'headline', id: 'headline', 'data-eligible': 'true' },
    h('div', { class: 'hl-what' }, `${what}，${ym(row.start)}（${ageText(age)}）开始领`),
    h('div', { class: 'hl-big', 'data-today': row.today }, `每月约 ${round(row.today)} 元`),
    h('div', { class: 'hl-note' }, term('今天的钱'), ' · ', term('大约', '大约'), ` ${round(row.band.low)}–${round(row.band.high)} 元 · 到时候的钱约 ${round(row.nominal)} 元`));
}

function answerRow(row, current, stale) {
  const mine = row.id === current;
  return h('div', { class: `ans-row${mine ? ' ans-mine' : ''}`, 'data-row': row.id },
    h('div', { class: 'ans-name' }, rowName(row), mine ? h('span', { class: 'tag' }, '你现在') : ''),
    h('div', { class: 'ans-figs' },
      h('div', {}, h('span', { class: 'fig-label' }, '现在每月交'), h('span', { class: 'fig', 'data-cost': row.costMonth ?? '' }, row.costMonth == null ? '—' : `${round(row.costMonth)}元`)),
      h('div', {}, h('span', { class: 'fig-label' }, '到退休共交'), h('span', { class: 'fig', 'data-total': row.total }, `${round(row.total)}元`)),
      h('div', {}, h('span', { class: 'fig-label' }, '按今天的钱每月领'),
        row.eligible
          ? h('span', { class: 'fig fig-big', 'data-today': row.today }, `${round(row.today)}元`)
          : h('span', { class: 'fig bad', 'data-today': row.today }, '年限不够'))),
    row.eligible && h('div', { class: 'ans-sub' },
      rowDetail(row, scenario.person.birth),
      row.payback ? [' · ', term('回本', `领${Math.ceil(Number(row.payback))}个月回本`)] : '',
      stale ? ' · 按法定年龄退休算' : ''),
    row.kind === 'resident' && later.home && Number(later.home.balance_moved) > 0 && homeLine(later.home, row),
    row.kind === 'flexible' && row.eligible && later.flexShort && flexShortLine(later.flexShort, row),
    row.kind === 'flexible' && later.enough && lastEstimate && !lastEstimate.employee.pension.eligible && enoughLine(later.enough));
}

/**
 * Under the keep-paying row, when the plan as it stands leaves the employee record short of the
 * minimum: paying at 60 % only until the minimum is reached, then stopping (the core's `enough`) —
 * what it costs and what it gives. Six months short, that is a few thousand yuan for a monthly
 * employee pension. A plan that reaches the minimum already has its answer in the rows; the line
 * would push 停交 off a small phone's first screen.
 */
function enoughLine(x) {
  const w = enoughWords(x, record());
  return h('div', { class: 'ans-sub ans-enough', id: 'enough', 'data-months': x.months, 'data-total': x.choice.own_contributions, 'data-today': x.choice.pension_today },
    w.lead, h('b', {}, w.figure), w.end);
}

/**
 * Under the go-home row, when the employee record is short of the minimum: it can move into the
 * resident scheme (the core's `to_resident`, 人社部发〔2014〕17号). The core's choice already takes
 * the move where it pays more over the expected retirement (`moved_record`; its start is then the
 * move's month, a man's 63): the line says the row counts it. Otherwise the line says what moving
 * gives, as an alternative to claiming without it.
 */
function homeLine(tr, row) {
  const p = tr.pension;
  const more = !row.moved && p.eligible && Number(p.formula_total_today) > Number(row.today);
  const waits = tr.start > row.start;
  const figure = more ? [h('b', { 'data-moved-today': p.formula_total_today }, `${round(p.formula_total_today)} 元`), '（今天的钱）'] : null;
  return h('div', { class: 'ans-sub', 'data-pooled-lost': tr.pooled_lost, 'data-moved-start': tr.start, 'data-moved-in': String(row.moved) },
    '职工养老年限不够：',
    row.moved ? `个人账户 ${round(tr.balance_moved)} 元转过来一起算（已算进去）`
      : more && waits ? [`也可以先不领，等到${ym(tr.start)}把个人账户 ${round(tr.balance_moved)} 元转过来一起算，从那时起每月约 `, figure]
        : more ? [`到时候个人账户 ${round(tr.balance_moved)} 元转过来一起算，每月约 `, figure]
          : `${ym(tr.moved_at)}个人账户 ${round(tr.balance_moved)} 元转过来`,
    '；', term('统筹'), ` ${round(tr.pooled_lost)} 元带不走`);
}

/**
 * Under a flexible row whose employee years fall short: what that record gives. The core's choice
 * counts it moved into the resident scheme where that pays more (`moved_record`); the line says
 * so, and what extending the payments after retirement would give instead (the core's options).
 */
function flexShortLine(o, row) {
  const tr = o.to_resident && o.to_resident.pension.eligible ? o.to_resident : null;
  const ext = o.extension;
  if (!tr && !ext) return null;
  const extension = ext && [`退休后再交 ${yearsText(ext.months)}（约 ${round(ext.cost)} 元），每月约 `, h('b', { 'data-extension-today': ext.pension.formula_total_today }, `${round(ext.pension.formula_total_today)} 元`), '（今天的钱）'];
  if (row.moved) {
    return h('div', { class: 'ans-sub', id: 'flex-short', 'data-moved-in': 'true' },
      `这样交，职工养老年限不够：上面的数按到时候把个人账户 ${round(tr ? tr.balance_moved : 0)} 元转到城乡居民算`,
      extension ? ['；也可以', extension] : '', '。');
  }
  return h('div', { class: 'ans-sub', id: 'flex-short' }, '这样交，职工养老年限不够，上面没算这笔钱。到时候',
    tr ? [`个人账户 ${round(tr.balance_moved)} 元可以转到城乡居民，每月约 `, h('b', { 'data-to-resident-today': tr.pension.formula_total_today }, `${round(tr.pension.formula_total_today)} 元`)] : '',
    ext ? [tr ? '；或者' : '', extension] : '',
    tr && !ext ? '（今天的钱）' : '', '。');
}

// Sliders: the payment level (the levels the core prices) and the claim age (±36 months).
const LEVELS = ['0.6', '1', '1.5', '3'];
function levelsFor(plan) {
  const r = plan[0] && plan[0].kind === 'flexible' && plan[0].base && plan[0].base.ratio;
  return r && !LEVELS.some((l) => Number(l) === Number(r)) ? [...LEVELS, String(r)].sort((a, b) => a - b) : LEVELS;
}
const offsetOf = (ret) => (ret.mode === 'early' ? -ret.months : ret.mode === 'late' ? ret.months : 0);
const retirementOf = (offset) => (offset === 0 ? { mode: 'statutory', months: 0 } : { mode: offset < 0 ? 'early' : 'late', months: Math.abs(offset) });

/** The plan's row at a level and claim age: the core's choice when it priced exactly that, else one estimate. */
/** The plan with its first segment paid at `level`; the rest of the plan as it is. */
const withLevel = (plan, level) => [{ ...plan[0], base: { ratio: level } }, ...plan.slice(1)];

function previewRow(level, offset) {
  const seg = scenario.plan[0];
  const plan = seg && level != null ? withLevel(scenario.plan, level) : scenario.plan;
  const choice = choiceForPlan(later.choices, plan, firstOpen());
  if (offset === offsetOf(scenario.retirement) && choice && plan === scenario.plan) return null;
  if (offset === 0 && choice) return rowFromChoice(choice);
  // The headline with its range: what the row shows, at a quarter of a full estimate's cost.
  const text = JSON.stringify(withAsOf({ ...scenario, plan, retirement: { ...scenario.retirement, ...retirementOf(offset) } }));
  const r = JSON.parse(core.estimate_headline(text, undefined, true));
  if (!r.ok) return { error: r.errors.some((x) => x.code === 'retirement_choice') ? '这样退休不行：提前退休要先交够最低年限。' : plain(r.errors[0].zh) };
  return rowFromHeadline(r.headline, later.baseline, choice ? choice.monthly_cost_now : null, 'preview');
}

function sliders(e) {
  const seg = scenario.plan[0];
  // The claim age moves the employee pension only: without an employee record or plan (a
  // resident-scheme member, someone who never paid) it would move nothing the card shows.
  if (record() !== 'employee' && !(seg && (seg.kind === 'flexible' || seg.kind === 'employee'))) return null;
  const levels = levelsFor(scenario.plan);
  const flex = seg && seg.kind === 'flexible' && seg.base && seg.base.ratio !== undefined;
  const cur = { level: flex ? String(seg.base.ratio) : null, offset: offsetOf(scenario.retirement) };
  const stat = e.retirement.statutory_age;
  const ageLabel = (o) => { const m = stat.years * 12 + stat.months + o; return ageText({ years: Math.floor(m / 12), months: m % 12 }); };
  const costOf = (l) => { const c = later.choices.find((x) => x.kind === 'flexible' && Number(x.base.ratio) === Number(l)); return c ? `，现在每月交 ${round(c.monthly_cost_now)} 元` : ''; };
  const levelText = h('output', { id: 'level-value' }, flex ? `${pct(cur.level)}${costOf(cur.level)}` : '');
  const ageOut = h('output', { id: 'age-value' }, `${ageLabel(cur.offset)}退休`);
  const move = () => {
    const t0 = performance.now();
    const level = flex ? levels[Number(document.getElementById('level').value)] : null;
    const offset = Number(document.getElementById('claim-age').value);
    if (flex) levelText.textContent = `${pct(level)}${costOf(level)}`;
    ageOut.textContent = `${ageLabel(offset)}退休`;
    const row = previewRow(level, offset);
    // Only the figures are redrawn: the slider under the thumb stays the same element.
    document.getElementById('answer-body').replaceWith(answerBody(e, row && row.error ? null : row, row && row.error, offset !== 0));
    perf.sliderMs.push(performance.now() - t0);
  };
  const keep = () => {
    const level = flex ? levels[Number(document.getElementById('level').value)] : null;
    if (flex) { scenario.plan = withLevel(scenario.plan, level); ui.plan = 'custom'; }
    scenario.retirement = { ...scenario.retirement, ...retirementOf(Number(document.getElementById('claim-age').value)) };
    commit();
  };
  return h('div', { class: 'sliders', id: 'sliders' },
    flex && h('label', { class: 'slider' }, h('span', {}, '缴费水平：', levelText),
      h('input', { type: 'range', id: 'level', min: 0, max: levels.length - 1, step: 1, value: levels.findIndex((l) => Number(l) === Number(cur.level)), 'aria-label': '缴费水平', oninput: move, onchange: keep })),
    h('label', { class: 'slider' }, h('span', {}, '什么时候退休：', ageOut),
      h('input', { type: 'range', id: 'claim-age', min: -36, max: 36, step: 1, value: cur.offset, 'aria-label': '退休年龄（比法定早或晚的月数）', oninput: move, onchange: keep })));
}

/** The headline and the three rows (what a slider move redraws). */
function answerBody(e, preview, problem, offAge) {
  const { rows, current } = currentRows(preview);
  const mine = rows.find((r) => r.id === current) || rowFromEstimate(e, later.baseline, null, 'plan');
  return h('div', { id: 'answer-body' },
    headline(preview || mine, e, preview),
    problem && h('p', { class: 'bad', id: 'slider-problem' }, problem),
    h('div', { class: 'ans-rows' }, rows.map((r) => answerRow(r, current, offAge && r.id !== current))));
}

function answerCard(e) {
  return h('section', { class: `card answer${lastEstimate ? '' : ' stale'}`, id: 'answer', 'aria-label': '测算结果' },
    !lastEstimate && h('p', { class: 'bad' }, '上面填的有问题，下面是改之前的结果。'),
    answerBody(e, null, null, false),
    sliders(e));
}

function answerPlaceholder(e) {
  const p = e.employee.pension;
  return h('section', { class: 'card answer', id: 'answer-pending', 'aria-label': '测算结果' },
    h('div', { class: 'headline' }, h('div', { class: 'hl-what' }, `${ym(p.start)}退休`),
      h('div', { class: 'hl-big', 'data-today': p.formula_total_today }, p.eligible ? `每月约 ${round(p.formula_total_today)} 元` : `年限还差 ${yearsText(p.shortfall_months)}`)),
    h('p', { class: 'muted' }, '正在比较继续交、回老家交、停交……'));
}

// ---------- "现在还在交吗？" ------------------------------------------------------------------------
function planQuestion() {
  const choose = (mode) => { ui.plan = mode; editing = null; commit(); };
  const seg = scenario.plan[0];
  // Every segment of the plan, in order: "灵活就业 · 广东省 · 按60% 到2028年12月，然后城乡居民 · 河南省 · 每年200元，交到退休".
  const part = (g) => `${KIND_SHORT[g.kind]}${g.region ? ` · ${regionName(g.region)}` : ''}${g.base && g.base.ratio ? ` · 按${pct(g.base.ratio)}` : ''}${g.tier ? ` · 每年${Number(g.tier)}元` : ''}`;
  const last = scenario.plan[scenario.plan.length - 1];
  const now = !seg ? '不再交' : scenario.plan.map((g) => (g === last ? part(g) : `${part(g)} 到${ym(g.to)}`)).join('，然后')
    + (last.to ? `，${ym(addMonths(last.to, 1))}起不再交` : '，交到退休');
  const paid = paidAny();
  // Never paid: nothing to carry on; starting is a plan of its own (then the sliders work on it).
  const start = () => {
    scenario.plan = [{ from: firstOpen(), kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }];
    ui.plan = 'custom'; editing = null; commit();
  };
  return h('div', { class: 'card', id: 'plan-question' },
    h('div', { class: 'seg-title' }, paid ? '现在还在交吗？' : '以后打算交吗？'),
    h('p', { class: 'muted', id: 'plan-now' }, `上面的结果按：${!seg && !paid ? '不交' : now}。`),
    h('div', { class: 'btn-row' },
      paid ? h('button', { class: `btn${scenario.plan.length && ui.plan !== 'custom' ? ' btn-on' : ''}`, name: 'plan-pay', 'aria-pressed': String(scenario.plan.length > 0 && ui.plan !== 'custom'), onclick: () => choose('pay') }, '还在交，照这样交下去')
        : h('button', { class: `btn${scenario.plan.length ? ' btn-on' : ''}`, name: 'plan-start', 'aria-pressed': String(scenario.plan.length > 0), onclick: start }, `从现在开始交（灵活就业 · ${regionName(workRegion())} · 按60%）`),
      h('button', { class: `btn${scenario.plan.length ? '' : ' btn-on'}`, name: 'plan-stop', 'aria-pressed': String(!scenario.plan.length), onclick: () => choose('stop') }, paid ? '不交了' : '不交'),
      h('button', { class: 'btn', name: 'plan-custom', onclick: () => { ui.plan = 'custom'; saveUi(); editing = null; render(); document.getElementById('list-plan')?.scrollIntoView(); } }, '自己安排以后怎么交')),
    enoughBox(),
    ui.plan === 'custom' && timeline('plan'));
}

/** 交够年限就停 in the plan's card: it reads the analyses, so their drawing replaces it (`drawAnalysed`). */
function enoughBox() {
  return h('div', { id: 'enough-box' }, enoughPlan(), enoughCompared());
}

/**
 * The plan of 只交够年限就停 (the core's `enough`): 60 % in the work region from the first open
 * month to its `to`, after the plan's months now past (not yet confirmed: the core counted them).
 */
const enoughSegments = (x) => [...planSoFar(scenario.plan, firstOpen()),
  { from: firstOpen(), to: x.to, kind: 'flexible', region: x.choice.region, base: x.choice.base }];
const isEnoughPlan = (x) => JSON.stringify(scenario.plan) === JSON.stringify(enoughSegments(x));

/** 交够年限就停 as a plan, one tap: the answer card then shows it (a plan of its own, like any plan with an end). */
function enoughPlan() {
  const x = analysed() && later.enough;
  if (!x) return null;
  const on = isEnoughPlan(x);
  return h('div', { class: 'btn-row' }, h('button', { class: `btn${on ? ' btn-on' : ''}`, name: 'plan-enough', 'aria-pressed': String(on),
    onclick: () => { scenario.plan = enoughSegments(x); ui.plan = 'custom'; editing = null; commit(); } }, `交够年限就停（按60%交到${ym(x.to)}）`));
}

/**
 * The classic question — pay until the minimum, or to retirement? — for a plan that reaches the
 * minimum already (a plan short of it has the line under 继续交): both figures, today's money.
 */
function enoughCompared() {
  const x = analysed() && later.enough;
  const p = lastEstimate && lastEstimate.employee.pension;
  if (!x || !p || !p.eligible || isEnoughPlan(x)) return null;
  const w = enoughWords(x, record());
  return h('p', { class: 'muted', id: 'enough-compared', 'data-today': x.choice.pension_today },
    w.lead, h('b', {}, w.figure), `；照上面的打算：每月约 ${round(p.formula_total_today)} 元（今天的钱）。`);
}

// ---------- 这几个月交了吗？ ------------------------------------------------------------------------
function pastPlanPrompt() {
  const past = pastPlan(scenario.plan, asOf);
  if (!past) return null;
  const settle = (paid) => {
    const r = settlePastPlan(scenario.history, scenario.plan, asOf, paid);
    scenario.history = r.history; scenario.plan = r.plan;
    if (ui.plan === 'auto') ui.plan = r.plan.length ? 'custom' : 'stop';
    commit();
    toast(paid ? '已记为交过了' : '已记为没交');
  };
  return h('div', { class: 'notice', id: 'past-plan' },
    h('p', {}, `${ym(past.from)}到${ym(past.to)}，你之前打算交（还没确认）。`),
    h('p', { class: 'q' }, '这几个月交了吗？'),
    h('div', { class: 'btn-row' },
      h('button', { class: 'btn btn-primary', name: 'past-paid', onclick: () => settle(true) }, '交了'),
      h('button', { class: 'btn', name: 'past-unpaid', onclick: () => settle(false) }, '没交')));
}

// ---------- gaps, like the UK forecast ----------------------------------------------------------------
function gapsCard(e) {
  if (!analysed() || !later.gaps) return null;
  const past = later.gaps.gaps.filter((g) => !g.planned && g.at_neighbour); // the core splits a stretch at this month
  if (!past.length) return null;
  const perYuan = (g) => Number(g.at_neighbour.gain_today) / Math.max(1, Number(g.at_neighbour.cost));
  const eligible = e.employee.pension.eligible;
  return h('section', { class: 'card', id: 'gaps', 'aria-label': '断缴' },
    h('h2', { class: 'card-title' }, '断缴的月份'),
    h('ul', { class: 'gap-list' }, [...past].sort((a, b) => perYuan(b) - perYuan(a)).map((g) => h('li', { 'data-gap': g.from, 'data-cost': g.at_neighbour.cost, 'data-gain-today': g.at_neighbour.gain_today },
      h('div', { class: 'seg-title' }, `${ym(g.from)} – ${ym(g.to)}：${yearsText(g.months)}没交`),
      ...gapLines(g.at_neighbour),
      g.at_neighbour.decides_eligibility && h('div', { class: 'ok' }, '补上它，缴费年限就够了：能不能每月领，就看这一段。'),
      h('div', { class: 'muted' }, '能补吗：过去自己交（灵活就业）的月份，一般不能再补交；在单位上班时单位欠交的，可以找单位和社保补。以当地社保的答复为准。')))),
    h('p', { class: 'muted' }, '“多领”：补上以后每月能领的，减去不补每月能领的，按今天的钱。',
      eligible ? '' : '你现在年限还不够，这里的“多领”是交够年限、能每月领以后才有的。'),
    h('p', { class: 'muted' }, '来源：“一般不能补交”是各地社保的普遍做法，本工具没有核实到一份全国统一的官方文件（', h('span', { class: 'grade' }, '参考资料'), '）。'));
}

/** The effect of filling one gap: a line, and why when filling would lower the pension. */
function gapLines(f) {
  const x = gapEffect(f.cost, f.gain_today);
  return [h('div', { 'data-lower': String(x.lower) }, x.text), x.lower && h('div', { class: 'muted' }, x.why)];
}

// ---------- 怎么补够年限 --------------------------------------------------------------------------------
function shortCard(e) {
  const p = e.employee.pension;
  // Only when the plan gives no pension at all: a resident pension is an answer (the headline's).
  if (p.eligible || Number(e.resident.total) > 0) return null;
  const paying = scenario.plan.length > 0;
  const base = paying ? e : later.payToEnd;
  const ext = base && base.employee.options ? base.employee.options.extension : null;
  const tr = e.employee.options ? e.employee.options.to_resident : null;
  const bp = base ? base.employee.pension : null;
  return h('section', { class: 'card', id: 'short' },
    h('h2', { class: 'card-title' }, '怎么补够年限'),
    h('p', {}, `照现在这样，到退休还差 ${yearsText(p.shortfall_months)}（要交够 ${yearsText(p.min_months)}）。`),
    h('ol', { class: 'ways' },
      analysed() && later.enough && enoughWay(later.enough),
      bp && h('li', { id: 'way-extend' }, paying ? '一直交到退休' : `从${ym(firstOpen())}起按60%交到退休`,
        bp.eligible ? `，就够了：${ym(bp.start)}起每月约 ${round(bp.formula_total_today)} 元（今天的钱）。`
          : ext ? [`，退休后再交 ${yearsText(ext.months)}（到${ym(ext.to)}），这 ${yearsText(ext.months)} 要交约 ${round(ext.cost)} 元；交够了从${ym(ext.pension.start)}起每月约 `,
            h('b', { 'data-ext-today': ext.pension.formula_total_today }, `${round(ext.pension.formula_total_today)} 元`), '（今天的钱）。'] : '，仍然不够。'),
      oneOffWay(base && base.employee.options ? base.employee.options.one_off : null),
      tr && record() === 'employee' && h('li', { id: 'way-resident' }, `不再交，把记录转到老家的城乡居民养老：个人账户 ${round(tr.balance_moved)} 元转过去，${tr.years_counted} 年算居民年限，`,
        term('统筹'), ` ${round(tr.pooled_lost)} 元带不走；`,
        tr.pension.eligible ? `${ym(tr.start)}起每月约 ${round(tr.pension.formula_total_today)} 元（今天的钱）。` : `居民年限也不够（${tr.pension.years}/${tr.pension.min_years}年），交够了每月约 ${round(tr.pension.formula_total_today)} 元（今天的钱）。`)),
    h('p', { class: 'muted' }, '“交够了”的数字是年限交够以后才能领的。不管哪种，', term('个人账户'), '：去世时账户里剩下的钱可以继承。'));
}

/** The fewest months that reach the minimum (the core's `enough`), paid from the first open month. */
function enoughWay(x) {
  const c = x.choice;
  return h('li', { id: 'way-enough', 'data-total': c.own_contributions },
    `从${ym(firstOpen())}起按60%${record() === 'none' ? '' : '再'}交 ${yearsText(x.months)}（到${ym(x.to)}，共约 ${round(c.own_contributions)} 元）就够了，以后不交也行：${ym(c.start)}起每月约 `,
    h('b', {}, `${round(c.pension_today)} 元`), '（今天的钱）。');
}

/** The one-off payment (一次性缴费) as the core answers it: its cost and pension where the local rule is known, else why not. */
function oneOffWay(o) {
  if (!o) return h('li', { id: 'way-oneoff' }, '一次性补交：只有当地政策允许的才行，请问当地社保。');
  if (o.status === 'available' && o.pension) {
    return h('li', { id: 'way-oneoff', 'data-oneoff-cost': o.cost },
      `延长缴费 ${yearsText(o.extension_months)}（约 ${round(o.extension_cost)} 元）后，一次性补交 ${yearsText(o.months)}，约 ${round(o.cost)} 元；从${ym(o.pension.start)}起每月约 `,
      h('b', {}, `${round(o.pension.formula_total_today)} 元`), '（今天的钱）。');
  }
  return h('li', { id: 'way-oneoff', 'data-oneoff': o.status }, `一次性补交：${o.reason_zh}。`);
}

// ---------- person ----------------------------------------------------------------------------
function select(options, value, onchange, attrs = {}) {
  return h('select', { onchange: (e) => onchange(e.target.value), ...attrs },
    options.map(([v, label]) => h('option', { value: v, selected: v === value, disabled: v === '—' || (v === '' && !!value) }, label)));
}

function personCard() {
  const p = scenario.person;
  const set = (k, v) => { p[k] = v; if (k === 'sex') { if (v === 'female') p.category = p.category || 'flexible'; else delete p.category; } commit(); };
  return h('div', { class: 'card', id: 'person' },
    h('label', { class: 'field', for: 'birth' }, '出生年月'),
    h('input', { id: 'birth', type: 'month', value: p.birth, max: asOf, placeholder: '比如 1990-05', onchange: (e) => e.target.value && set('birth', e.target.value) }),
    h('label', { class: 'field', for: 'sex' }, '性别'),
    select([['male', '男'], ['female', '女']], p.sex, (v) => set('sex', v), { id: 'sex' }),
    p.sex === 'female' && [
      h('label', { class: 'field', for: 'category' }, '原来的退休年龄按哪种算'),
      select([['flexible', '自己交的（灵活就业，多数地方55岁）'], ['worker', '工厂工人岗位（50岁）'], ['cadre', '管理或技术岗位（55岁）']], p.category, (v) => set('category', v), { id: 'category' }),
    ],
    h('label', { class: 'field', for: 'hukou' }, '户口在哪个省'),
    select(regionOptions(), p.hukou, (v) => set('hukou', v), { id: 'hukou' }),
  );
}

// ---------- segments ---------------------------------------------------------------------------
function baseText(seg) {
  if (seg.kind === 'resident') return `每年交 ${Number(seg.tier)} 元`;
  if (!seg.base) return '';
  return seg.base.ratio ? `按平均工资的 ${pct(seg.base.ratio)} 交` : `按每月 ${seg.base.amount} 元基数交`;
}

function segErrors(list, i, errors = lastErrors) {
  const prefix = `$.${list}[${i}]`;
  return errors.filter((e) => e.path === prefix || e.path.startsWith(prefix + '.'));
}

function segmentCard(list, seg, i) {
  if (editing && editing.list === list && editing.index === i) return segmentForm(list, seg, i);
  const errs = segErrors(list, i);
  const len = seg.to ? monthsBetween(seg.from, seg.to) + 1 : null;
  return h('div', { class: `seg seg-${seg.kind}`, 'data-seg': `${list}-${i}` },
    h('div', { class: 'seg-title' }, `${ym(seg.from)} – ${seg.to ? ym(seg.to) : '退休'}`, len ? `（${yearsText(len)}）` : ''),
    h('div', { class: 'seg-meta' }, KIND_SHORT[seg.kind], seg.region ? ` · ${regionName(seg.region)}` : '', seg.kind !== 'gap' ? ` · ${baseText(seg)}` : ''),
    errs.map((e) => h('div', { class: 'bad' }, plain(e.zh))),
    h('div', { class: 'btn-row' },
      h('button', { class: 'btn', onclick: () => { editing = { list, index: i }; render(); } }, '修改'),
      h('button', { class: 'btn btn-warn', onclick: async () => { if (await ask('删除这一段？', { ok: '删除', warn: true })) { scenario[list].splice(i, 1); commit(); } } }, '删除')),
  );
}

const tierCache = new Map();
/** The resident tiers (yuan a year) of a region this month, from the core's parameter listing. */
function tiersOf(region) {
  if (!tierCache.has(region)) {
    const r = JSON.parse(core.params(region, asOf));
    const t = r.ok && r.params.params.find((x) => x.key === 'resident_tiers');
    tierCache.set(region, t && t.entry.tiers ? t.entry.tiers.map((x) => String(Number(x.amount))) : []);
  }
  return tierCache.get(region);
}

const FIELD_OF = (path) => (/\.(from|to|region|base|tier|kind)\b/.exec(path) || [])[1] || 'form';

function segmentForm(list, seg, i) {
  const d = structuredClone(seg);
  const inPlan = list === 'plan';
  const form = h('div', { class: 'seg', id: 'seg-form' });
  let errs = {};
  const err = (f) => errs[f] && h('div', { class: 'bad field-error', role: 'alert', 'data-error': f }, errs[f].join(' '));
  const trySave = () => {
    errs = {};
    if (!d.from) errs.from = ['请选择开始的月份。'];
    if (d.to === '') errs.to = ['请选择结束的月份。'];
    if (d.kind !== 'gap' && !d.region) errs.region = ['请选择在哪里交。'];
    if (Object.keys(errs).length) { draw(); return; }
    const candidate = structuredClone(scenario);
    if (i === null) candidate[list].push(d); else candidate[list][i] = d;
    candidate[list].sort((a, b) => a.from.localeCompare(b.from));
    const at = candidate[list].indexOf(d);
    const r = JSON.parse(core.validate(JSON.stringify(withAsOf(candidate))));
    const mine = r.ok ? [] : segErrors(list, at, r.errors);
    if (mine.length) { for (const e of mine) (errs[FIELD_OF(e.path.slice(`$.${list}[${at}]`.length))] ||= []).push(plain(e.zh)); draw(); return; }
    scenario[list] = candidate[list];
    if (list === 'plan') ui.plan = 'custom'; else ui.never = false;
    editing = null; commit();
    offerJumpToAnswer();
  };
  const draw = () => {
    form.replaceChildren(h('div', {},
      err('form'),
      h('label', { class: 'field', for: 'seg-from' }, '从哪个月开始'),
      h('input', { type: 'month', id: 'seg-from', name: 'from', value: d.from, onchange: (e) => { d.from = e.target.value; } }), err('from'),
      h('label', { class: 'field', for: 'seg-to' }, '到哪个月（包含这个月）'),
      inPlan && h('label', { class: 'row check' }, h('input', { type: 'checkbox', name: 'until-retirement', checked: !d.to, onchange: (e) => { if (e.target.checked) delete d.to; else d.to = d.from; draw(); } }), '一直到退休'),
      d.to !== undefined && h('input', { type: 'month', id: 'seg-to', name: 'to', value: d.to, onchange: (e) => { d.to = e.target.value; } }), err('to'),
      h('label', { class: 'field', for: 'seg-kind' }, '这段时间怎么交的'),
      select(Object.entries(KIND), d.kind, (v) => {
        d.kind = v;
        if (v === 'gap') { delete d.region; delete d.base; delete d.tier; } else d.region = d.region || scenario.person.hukou;
        if (v === 'employee' || v === 'flexible') { d.base = d.base || { ratio: '0.6' }; delete d.tier; }
        if (v === 'resident') { d.region = scenario.person.hukou; d.tier = d.tier || tiersOf(d.region)[0] || '200'; delete d.base; }
        draw();
      }, { name: 'kind', id: 'seg-kind' }), err('kind'),
      d.kind !== 'gap' && [
        h('label', { class: 'field', for: 'seg-region' }, d.kind === 'resident' ? '在哪里交（城乡居民只能在户口所在地交）' : '在哪里交'),
        select(regionOptions(), d.region, (v) => { d.region = v; if (d.kind === 'resident') draw(); }, { name: 'region', id: 'seg-region' }), err('region'),
      ],
      (d.kind === 'employee' || d.kind === 'flexible') && [
        h('label', { class: 'field', for: 'seg-ratio' }, '按什么标准交（当地平均工资的几成，或每月多少元）'),
        select([...RATIOS.map((r) => [r, `${pct(r)}${r === '0.6' ? '（最低档，多数人选这个）' : ''}`]), ['amount', '按每月多少元的基数']], d.base.ratio ?? 'amount', (v) => {
          d.base = v === 'amount' ? { amount: d.base.amount || '' } : { ratio: v }; draw();
        }, { name: 'ratio', id: 'seg-ratio' }),
        costNow(d),
        d.base.amount !== undefined && [h('label', { class: 'field', for: 'seg-amount' }, '每月基数（元/月）'),
          h('input', { type: 'number', inputmode: 'decimal', min: '1', id: 'seg-amount', name: 'amount', value: d.base.amount, placeholder: '', onchange: (e) => { d.base = { amount: e.target.value }; } })],
        err('base'),
      ],
      d.kind === 'resident' && [
        h('label', { class: 'field', for: 'seg-tier' }, '每年交多少（缴费档次）'),
        select(tiersOf(d.region).map((t) => [t, `每年 ${t} 元`]), String(Number(d.tier)), (v) => { d.tier = v; }, { name: 'tier', id: 'seg-tier' }), err('tier'),
      ],
      h('div', { class: 'btn-row' },
        h('button', { class: 'btn btn-primary', name: 'save', onclick: trySave }, '保存这一段'),
        h('button', { class: 'btn', onclick: () => { editing = null; render(); } }, '取消')),
    ));
  };
  draw();
  return form;
}

/**
 * After a change is saved the answer card may sit above the screen (the forms are lower down, and
 * a rider entering a record segment by segment should not be pulled away from it). A button then
 * floats at the bottom with the new figure — 看结果 ↑ 每月约 4,610 元 — and takes the rider to
 * the card; it goes when the card is on screen or a form is opened.
 */
let jump = null; // outside the redrawn page
const answerEl = () => document.getElementById('answer') || document.getElementById('answer-pending');
function dropJump() { jump?.remove(); jump = null; }
function offerJumpToAnswer() {
  dropJump();
  const el = answerEl();
  if (!el || !lastEstimate || el.getBoundingClientRect().bottom > 0) return;
  // The headline's figure: the employee pension where it is paid, else the resident one (as the
  // plan's row, `planRow`), else the years still missing.
  const p = lastEstimate.employee.pension, r = lastEstimate.resident;
  const today = Number(p.total) > 0 ? p.formula_total_today : Number(r.total) > 0 ? r.formula_total_today : null;
  const what = today !== null ? `每月约 ${round(today)} 元` : `职工养老年限还差 ${yearsText(p.shortfall_months)}`;
  jump = h('button', { class: 'jump', name: 'to-answer', 'data-today': today ?? '', onclick: () => { answerEl()?.scrollIntoView({ block: 'start' }); dropJump(); } }, `看结果 ↑ ${what}`);
  document.body.append(jump);
}
addEventListener('scroll', () => { if (jump && answerEl()?.getBoundingClientRect().bottom > 0) dropJump(); }, { passive: true });

/** What this level costs a month now as a flexible worker, when the core priced it (its choices for the work region). */
function costNow(d) {
  const c = d.kind === 'flexible' && d.base.ratio !== undefined && analysed()
    && later.choices.find((x) => x.kind === 'flexible' && x.region === d.region && Number(x.base.ratio) === Number(d.base.ratio));
  return c ? h('p', { class: 'muted', 'data-cost-now': c.monthly_cost_now }, `按这个标准，现在每月要交约 ${round(c.monthly_cost_now)} 元（自己交，灵活就业）。`) : null;
}

function nextFrom(list) {
  const xs = scenario[list];
  const last = xs[xs.length - 1];
  if (list === 'plan') return last?.to ? addMonths(last.to, 1) : firstOpen();
  if (!last && scenario.summary) return addMonths(scenario.summary.at, 1);
  return last?.to ? addMonths(last.to, 1) : '';
}

function timeline(list) {
  const xs = scenario[list];
  const isNew = editing && editing.list === list && editing.index === null;
  const fresh = isNew ? segmentForm(list, list === 'plan'
    ? { from: nextFrom(list), kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }
    : { from: nextFrom(list), to: asOf, kind: 'flexible', region: workRegion(), base: { ratio: '0.6' } }, null) : null;
  return h('div', { class: list === 'plan' ? 'plan-list' : 'card', id: `list-${list}` },
    xs.length === 0 && !isNew && h('p', { class: 'muted' }, list === 'plan' ? '没有安排：就是以后不再交。'
      : scenario.summary ? `社保记录以后（${ym(addMonths(scenario.summary.at, 1))}起）的经历，有就一段一段加上；没有就不用加。`
        : ui.never ? '按“还没交过养老保险”算。交过的话，一段一段加上：哪几年在哪里、怎么交的。' : '还没有记录。一段一段加：哪几年在哪里、怎么交的，没交的年头也加上。'),
    xs.map((seg, i) => segmentCard(list, seg, i)),
    fresh,
    !editing && !statementEditing && h('div', { class: 'btn-row' },
      h('button', { class: `btn${list === 'history' && xs.length === 0 && !scenario.summary ? ' btn-primary' : ''}`, name: `add-${list}`, onclick: () => { editing = { list, index: null }; render(); } }, '添加一段'),
      list === 'history' && xs.length === 0 && !ui.never && !scenario.summary && h('button', { class: 'btn', name: 'never-paid', onclick: () => { ui.never = true; commit(); offerJumpToAnswer(); } }, '我还没交过养老保险')),
  );
}

// ---------- the record as the social-insurance office keeps it (个人权益记录) ----------------------
// A rider who once worked in a factory rarely knows each year's base, but 掌上12333 and the
// electronic social-security card show the record's totals: months, the account balance, often
// the average index. Entered as the core's statement (`summary`), they replace the detailed
// segments up to its last month — which the page says, and asks before removing any.
let statementEditing = false;
const STATEMENT_FIELDS = ['at', 'region', 'employee_months', 'avg_index', 'account_balance', 'resident_years', 'resident_balance'];
const fieldOfStatement = (path) => { const f = path.slice('$.summary.'.length).split(/[.[]/)[0]; return STATEMENT_FIELDS.includes(f) ? f : 'form'; };

function statementCard() {
  if (statementEditing) return statementForm();
  const st = scenario.summary;
  if (!st) {
    if (editing) return null; // one form at a time
    return h('div', { class: 'card', id: 'statement' },
      h('p', { class: 'muted' }, '不记得每年怎么交的？“掌上12333”或“电子社保卡”的个人权益记录里有累计缴费月数、个人账户余额：填这几个数就行，结果也更接近社保局算的。'),
      h('div', { class: 'btn-row' }, h('button', { class: 'btn', name: 'add-statement', onclick: () => { statementEditing = true; editing = null; render(); } }, '填社保记录里的数')));
  }
  const em = Number(st.employee_months || 0), dm = Number(st.deemed_months || 0), ry = Number(st.resident_years || 0);
  return h('div', { class: 'card', id: 'statement' },
    h('div', { class: 'seg seg-employee', 'data-seg': 'statement' },
      h('div', { class: 'seg-title' }, `社保记录：交到${ym(st.at)}`),
      em > 0 && h('div', { class: 'seg-meta' }, `职工养老 ${yearsText(em)}${st.region ? ` · ${regionName(st.region)}` : ''} · 平均缴费指数 ${Number(st.avg_index)} · 个人账户 ${yuan(st.account_balance || 0)} 元`),
      dm > 0 && h('div', { class: 'seg-meta' }, `视同缴费 ${yearsText(dm)}`),
      ry > 0 && h('div', { class: 'seg-meta' }, `城乡居民 ${ry}年 · 个人账户 ${yuan(st.resident_balance || 0)} 元`),
      lastErrors.filter((e) => e.path.startsWith('$.summary')).map((e) => h('div', { class: 'bad' }, plain(e.zh))),
      h('div', { class: 'btn-row' },
        h('button', { class: 'btn', name: 'edit-statement', onclick: () => { statementEditing = true; editing = null; render(); } }, '修改'),
        h('button', { class: 'btn btn-warn', name: 'delete-statement', onclick: async () => { if (await ask('删除社保记录里的这些数？', { ok: '删除', warn: true })) { delete scenario.summary; commit(); } } }, '删除'))));
}

function statementForm() {
  const old = scenario.summary || {};
  const d = { at: old.at || addMonths(asOf, -1), region: old.region || workRegion(),
    employee_months: old.employee_months ? String(old.employee_months) : '', avg_index: old.avg_index !== undefined ? String(old.avg_index) : '',
    account_balance: old.account_balance !== undefined ? String(old.account_balance) : '',
    resident_years: old.resident_years ? String(old.resident_years) : '', resident_balance: old.resident_balance !== undefined ? String(old.resident_balance) : '' };
  const form = h('div', { class: 'card', id: 'statement-form' });
  let errs = {};
  const err = (f) => errs[f] && h('div', { class: 'bad field-error', role: 'alert', 'data-error': f }, errs[f].join(' '));
  const input = (name, label, attrs = {}) => [h('label', { class: 'field', for: `st-${name}` }, label),
    h('input', { id: `st-${name}`, name: `st-${name}`, value: d[name], onchange: (e) => { d[name] = e.target.value.trim(); }, ...attrs }), err(name)];
  const whole = (v) => /^\d+$/.test(v);
  const trySave = async () => {
    errs = {};
    if (!d.at) errs.at = ['请选择最后交的月份。'];
    for (const f of ['employee_months', 'resident_years']) if (d[f] !== '' && !whole(d[f])) errs[f] = ['请填整数。'];
    if (d.employee_months === '' && d.resident_years === '') errs.employee_months = ['请填累计缴费月数（城乡居民的话，填下面的缴费年数）。'];
    if (Object.keys(errs).length) { draw(); return; }
    // Fields the form does not show (deemed months, from a shared link or an import) are kept.
    const st = { ...old, at: d.at, region: d.region };
    for (const f of ['employee_months', 'resident_years']) { if (d[f] === '' || d[f] === '0') delete st[f]; else st[f] = Number(d[f]); }
    for (const f of ['avg_index', 'account_balance', 'resident_balance']) { if (d[f] === '') delete st[f]; else st[f] = d[f]; }
    const { kept, dropped, clipped } = afterStatement(scenario.history, st.at);
    // The default plan follows the record: a statement dated this month moves it to next month.
    const plan = ui.plan === 'custom' ? scenario.plan : planFor(ui.plan, kept, scenario.plan, asOf, st);
    const candidate = { ...structuredClone(scenario), summary: st, history: kept, plan };
    const r = JSON.parse(core.validate(JSON.stringify(withAsOf(candidate))));
    const mine = r.ok ? [] : r.errors.filter((e) => e.path === '$.summary' || e.path.startsWith('$.summary.'));
    if (mine.length) { for (const e of mine) (errs[fieldOfStatement(e.path)] ||= []).push(plain(e.zh)); draw(); return; }
    if (dropped.length || clipped.length) {
      const list = [...dropped.map((g) => `${ym(g.from)}–${ym(g.to)}（去掉）`), ...clipped.map((g) => `${ym(g.from)}–${g.to ? ym(g.to) : '退休'}（改成${ym(addMonths(st.at, 1))}起）`)];
      if (!(await ask(`社保记录已经包含${ym(st.at)}以前的月份，下面的经历会改掉：\n${list.join('\n')}`, { ok: '改掉' }))) return;
    }
    scenario.summary = st; scenario.history = kept; scenario.plan = plan; ui.never = false;
    statementEditing = false; commit();
    if (dropped.length || clipped.length) toast('社保记录已保存，之前的经历已改');
    offerJumpToAnswer();
  };
  const draw = () => {
    form.replaceChildren(h('div', {},
      h('div', { class: 'seg-title' }, '社保记录里的数'),
      h('p', { class: 'muted' }, '在“掌上12333”或“电子社保卡”里查“个人权益记录”或“养老保险缴费信息”。'),
      err('form'),
      ...input('at', '最后交的是哪个月', { type: 'month', max: asOf }),
      h('label', { class: 'field', for: 'st-region' }, '职工养老在哪里交的（最后交的地方）'),
      select(regionOptions(), d.region, (v) => { d.region = v; }, { name: 'st-region', id: 'st-region' }), err('region'),
      ...input('employee_months', '职工养老累计缴费月数（个月，不含视同缴费）', { type: 'number', inputmode: 'numeric', min: '0', step: '1', placeholder: '比如 96' }),
      ...input('avg_index', '平均缴费指数', { type: 'number', inputmode: 'decimal', min: '0', step: '0.01', placeholder: '比如 0.62' }),
      h('div', { class: 'muted' }, '记录里没有的话：一直按最低档交的，大约 0.6；在单位按实际工资交的，大约 1。',
        h('div', { class: 'btn-row' },
          h('button', { class: 'btn', name: 'st-index-low', onclick: () => { d.avg_index = '0.6'; draw(); } }, '按最低档（0.6）'),
          h('button', { class: 'btn', name: 'st-index-wage', onclick: () => { d.avg_index = '1'; draw(); } }, '按工资（1）'))),
      ...input('account_balance', '个人账户累计储存额（元）', { type: 'number', inputmode: 'decimal', min: '0', step: '0.01', placeholder: '比如 35000' }),
      h('details', { open: d.resident_years !== '' },
        h('summary', {}, '也交过城乡居民养老（填这里）'),
        ...input('resident_years', '城乡居民缴费年数', { type: 'number', inputmode: 'numeric', min: '0', step: '1' }),
        ...input('resident_balance', '城乡居民个人账户（元）', { type: 'number', inputmode: 'decimal', min: '0', step: '0.01' })),
      h('p', { class: 'muted' }, '这些数代替下面到这个月为止的经历：之后的经历照常一段一段加。'),
      h('div', { class: 'btn-row' },
        h('button', { class: 'btn btn-primary', name: 'save-statement', onclick: trySave }, '保存'),
        h('button', { class: 'btn', name: 'cancel-statement', onclick: () => { statementEditing = false; render(); } }, '取消'))));
  };
  draw();
  return form;
}

function workRegion() {
  const last = [...scenario.history].reverse().find((x) => x.region && x.kind !== 'resident');
  const stated = statementKind(scenario.summary) === 'employee' && scenario.summary.region;
  return last ? last.region : stated || scenario.person.hukou;
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
 *  account moved in. */
function movesCard(e) {
  const places = e.where_to_retire || [], l = e.linkage || { overlaps: [] };
  const te = l.to_employee;
  if (places.length < 2 && l.overlaps.length === 0 && !te) return null;
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
  );
}

/** A policy page, reached from the footer: the EU pro-rata comparison (not the law in China). */
function policyPage(e) {
  const pr = e && e.prorata;
  return h('section', { class: 'card', id: 'policy' },
    h('h2', { class: 'card-title' }, '政策比较：如果像欧盟那样，各地按年限比例发'),
    pr && pr.shares.length > 1 ? h('div', { id: 'prorata' },
      h('div', { class: 'seg-title' }, '政策比较（不是现行规定）：像欧盟那样各地按比例发'),
      h('ul', { class: 'warn-list' }, pr.shares.map((s) => h('li', {},
        `${regionName(s.region)}：${yearsText(s.months)}，全程算 ${yuan(s.theoretical)} 元，按比例发 ${yuan(s.pays)} 元`))),
      h('p', {}, `合计 ${yuan(pr.total)} 元，现行 ${yuan(pr.current)} 元，差 ${yuan(pr.difference)} 元。`),
      h('p', { class: 'muted' }, '只供理解和讨论（欧盟第883/2004号条例第52条），中国现在不这样发。')) : h('p', { class: 'muted' }, '你的记录只在一个地方，没有可比的。'),
    h('div', { class: 'btn-row' }, h('button', { class: 'btn', name: 'close-policy', onclick: () => { view = 'main'; render(); } }, '返回')));
}

function detailsCard(e) {
  const p = e.employee.pension;
  return h('div', { class: 'card', id: 'details' },
    h('dl', { class: 'kv' },
      h('dt', {}, term('年限')), h('dd', { 'data-k': 'months' }, `${yearsText(p.contribution_months + p.deemed_months)}（最低要 ${yearsText(p.min_months)}）`),
      h('dt', {}, term('缴费指数', '平均缴费指数')), h('dd', { 'data-k': 'avg_index' }, p.avg_index),
      h('dt', {}, term('计发基数')), h('dd', { 'data-k': 'c' }, `${yuan(p.c)} 元（${regionName(p.benefit_region)}，${p.start.slice(0, 4)}年，按假设推算）`),
      h('dt', {}, term('个人账户')), h('dd', { 'data-k': 'balance' }, `${yuan(p.balance)} 元（退休时）`),
      h('dt', {}, '计发月数'), h('dd', {}, `${p.divisor}（${p.divisor_age}岁）`),
      h('dt', {}, '在哪里领'), h('dd', {}, `${regionName(e.benefit_location.region)}：${e.benefit_location.reason_zh}`),
      h('dt', {}, '自己交的钱'), h('dd', {}, `${yuan(p.own_contributions)} 元（职工养老，名义金额）`)),
    e.transfers.length > 0 && h('div', { id: 'transfers' },
      h('div', { class: 'seg-title' }, '换地方交的时候，钱怎么走'),
      h('ul', { class: 'warn-list' }, e.transfers.map((t) => h('li', {}, transferText(t)))),
      h('p', { class: 'muted' }, '依据：城镇企业职工基本养老保险关系转移接续暂行办法（国办发〔2009〕66号）第四、五、六条。')),
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

// ---------- sources: fetched when something that shows one is opened ------------------------------
// The descriptions of the parameters' sources (pkg/sources.js) are not part of the first visit:
// they are fetched the first time the professional panel is opened or a result is shared, then
// kept by the service worker (docs/web.md, "The parameter sources, loaded when needed"). Until
// then a used value's source is its id alone.
let sourcesState = 'none'; // 'none' | 'loading' | 'loaded' | 'failed'

/** Asks for the source descriptions (once), and redraws with them when they arrive. */
function wantSources() {
  if (sourcesState === 'loading' || sourcesState === 'loaded') return;
  sourcesState = 'loading';
  wasmCore.loadSources().then((ok) => { sourcesState = ok ? 'loaded' : 'failed'; render(); });
}

/** A used value's source in words: its 文号 or title once the descriptions are loaded; before,
 *  that they are coming (or need the network once) and the source's id — never blank. */
function sourceText(u) {
  const s = u.source || {};
  if (s.doc || s.title) return s.doc || s.title;
  const why = sourcesState === 'failed' ? '出处说明要联网时打开一次才有' : '出处说明加载中';
  return `${why}，编号 ${s.id || u.param}`;
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
    c && h('p', { class: 'muted', id: 'c-source', 'data-loaded': c.source.title ? '1' : '0' }, `计发基数来源：${sourceText(c)}（${GRADE_ZH[c.grade] || '参考资料'}）`),
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
        try { await navigator.clipboard.writeText(link); notices.push('分享链接已复制。链接里包含你的数据，只发给信任的人。'); } catch { await showLink(link); }
        render();
      } }, '复制分享链接'),
      hasBeforeHost() && h('button', { class: 'btn', name: 'restore-before-host', onclick: () => {
        const lost = [];
        try { scenario = cleanScenario(JSON.parse(localStorage.getItem(BEFORE_HOST)).scenario, lost); ui.never = false; localStorage.removeItem(BEFORE_HOST); notices.push('已恢复之前的数据。', ...lost); } catch { notices.push('备份无法读取。'); }
        commit();
      } }, '恢复之前的数据'),
      h('button', { class: 'btn btn-warn', name: 'reset', onclick: async () => { if (await ask('清空所有填写的内容？', { ok: '清空', warn: true })) { scenario = blankScenario(); ui.plan = 'auto'; ui.never = false; commit(); } } }, '清空')));
}

/** The share link where the clipboard refused it (a WebView may also show no native prompt): selected, for a long press. */
function showLink(link) {
  const box = h('textarea', { readOnly: true, rows: 4, name: 'share-link', class: 'share-link', 'aria-label': '分享链接' }, link);
  const shown = ask([h('p', {}, '没能自动复制。长按下面的链接，全选后复制。链接里包含你的数据，只发给信任的人。'), box], { ok: '好了', cancel: null });
  box.focus(); box.select();
  return shown;
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
    scenario = sc; ui.never = false; // "never paid" was said of the record replaced
    notices.push(lost.length ? `已导入，但有些内容无法识别：${lost.join('；')}` : '已导入。');
  } catch {
    notices.push('这个文件不是有效的数据文件，没有导入。');
  }
  commit();
}

// ---------- the host app: prefill and share ------------------------------------------------------
const BEFORE_HOST = 'pe.state.before-host';

function applyPrefill(sc, lost, from = 'host') {
  scenario = sc;
  editing = null;
  ui.plan = sc.plan.length ? 'custom' : 'auto';
  ui.never = false;
  notices.push(from === 'link' ? '已换成分享链接里的数据。' : `已填入应用（${embed.host}）提供的信息，请核对。`, ...lost);
  commit();
}

/** A prefill from the host: applied at once when there is nothing of the person's to lose, else offered. */
function receivePrefill(raw) {
  const lost = [];
  const sc = cleanPrefill(raw, lost);
  if (!sc) { notices.push(...lost); render(); return; }
  if (!hasSaved && !touched) { applyPrefill(sc, lost); return; }
  offer = { scenario: sc, lost, from: 'host' };
  render();
}

function offerCard() {
  if (!offer) return null;
  const p = offer.scenario.person;
  const who = offer.from === 'link' ? '这个分享链接' : `应用（${embed.host}）`;
  return h('div', { class: 'notice', id: 'prefill-offer' },
    h('p', {}, `${who}里有一份数据：户口 ${regionName(p.hukou)}，出生 ${ym(p.birth)}，${offer.scenario.history.length} 段经历${offer.scenario.summary ? '和一份社保记录' : ''}。`),
    h('p', {}, '这台手机上已经有你保存的数据。换成它以后，原来的数据会备份，可以在“我的数据”里点“恢复之前的数据”找回。'),
    h('div', { class: 'btn-row' },
      h('button', { class: 'btn btn-primary', name: 'accept-prefill', onclick: () => {
        try { const prev = localStorage.getItem('pe.state'); if (prev != null) localStorage.setItem(BEFORE_HOST, prev); } catch { /* storage unavailable */ }
        const o = offer; offer = null; applyPrefill(o.scenario, o.lost, o.from);
      } }, offer.from === 'link' ? '换成链接里的' : '用应用的信息'),
      h('button', { class: 'btn', name: 'reject-prefill', onclick: () => { offer = null; render(); } }, '保留我自己的')));
}

function shareCard(e) {
  if (!embed.channel) return null;
  return h('div', { class: 'card', id: 'share-app' },
    h('p', {}, `把这次测算的结果（和你填写的经历）发给应用：${embed.host}。不按这个按钮，什么都不会发送。`),
    h('div', { class: 'btn-row' }, h('button', { class: 'btn btn-primary', name: 'share-with-app', onclick: async () => {
      // The app gets the full estimate with its sources described, as the CLI writes it (if they
      // cannot be had, offline before they were ever fetched, with the sources' ids alone).
      sourcesState = (await wasmCore.loadSources()) ? 'loaded' : 'failed';
      compute();
      const v = JSON.parse(core.version());
      const sent = sendResult(window, embed, { type: RESULT, version: 1, schema_version: v.schema_version,
        scenario: withAsOf(scenario), estimate: lastEstimate || e });
      notices.push(sent ? `已发送给应用（${embed.host}）。` : '没有发送：找不到应用。');
      render();
    } }, '分享给应用')));
}

// ---------- page -----------------------------------------------------------------------------------
let view = 'main'; // 'main' | 'policy' (the pro-rata comparison, from the footer)

function resultsPart(e, stale) {
  if (!e) return null;
  const answer = analysed() ? answerCard(e) : answerPlaceholder(e);
  if (stale) answer.classList.add('stale');
  // One box (`display: contents`: no box of its own) that the analyses' drawing replaces.
  return h('div', { id: 'results' }, answer, gapsCard(e), shortCard(e));
}

/** Everything a professional would check, folded away from the rider's view. Its cards are built
 *  only while it is open: folded, they were built again at every edit for no one to see, and a
 *  closed `details` full of them cost the browser a second style and layout of the page in the
 *  frame after each drawing (docs/web.md, "The folded panel is not built"). */
let proOpen = false; // kept across redraws (the sources arriving redraw the page)
function proPanel(e) {
  const cards = () => [movesCard(e), detailsCard(e), chart(e), warningsCard(e), explainCard(e), assumptionsCard(e)];
  const toggled = (ev) => {
    const panel = ev.target;
    if (proOpen === panel.open) return;
    proOpen = panel.open;
    if (!proOpen) return;
    if (!panel.querySelector('.card')) panel.append(...cards().filter((c) => c instanceof Node));
    wantSources();
  };
  return h('details', { class: 'card pro', id: 'pro', open: proOpen, ontoggle: toggled },
    h('summary', {}, '给专业人士看：怎么算的、用了哪些数'),
    proOpen && cards());
}

function render() {
  compute();
  const t0 = performance.now();
  const e = lastEstimate || lastGood;
  const entered = ready() && recorded() && !(editing && editing.list === 'history');
  const globalErrors = lastErrors.filter((x) => !/^\$\.(history|plan)\[/.test(x.path));
  const main = view === 'policy'
    ? h('main', {}, h('header', { class: 'hd' }, h('h1', { class: 'hd-title' }, '养老金测算')), policyPage(e))
    : h('main', {},
      h('header', { class: 'hd' }, h('h1', { class: 'hd-title' }, '养老金测算'),
        h('p', { class: 'hd-sub' }, `按${ym(asOf)}算 · 只存在这台手机上，不上传`)),
      notices.map((n) => h('div', { class: 'notice', role: 'status' }, n)),
      offerCard(),
      pastPlanPrompt(),
      globalErrors.length > 0 && h('div', { class: 'notice notice-error', id: 'errors' }, globalErrors.map((x) => h('div', {}, plain(x.zh)))),
      entered && e && resultsPart(e, !lastEstimate),
      entered && planQuestion(),
      h('h2', { class: 'sec-title' }, '我的情况'), personCard(),
      // A statement comes first (it covers the months before the segments); the offer of one after them.
      h('h2', { class: 'sec-title' }, '以前交过的养老保险（没交的年头也算一段）'),
      scenario.summary ? [statementCard(), timeline('history')] : [timeline('history'), statementCard()],
      !entered && ready() && recorded() && e && resultsPart(e, !lastEstimate),
      e && shareCard(e),
      e && entered && proPanel(e),
      h('h2', { class: 'sec-title' }, '保存和分享'), dataCard(),
      h('footer', { class: 'ft' }, h('button', { class: 'btn btn-link', name: 'open-policy', onclick: () => { view = 'policy'; render(); window.scrollTo(0, 0); } }, '政策比较：各地按比例发（欧盟的做法）')));
  app.replaceChildren(main);
  noticesShown = notices.length;
  perf.renderMs.push(performance.now() - t0);
  if (e && perf.firstResultAt === null) perf.firstResultAt = performance.now();
  if (editing) dropJump();
  document.body.dataset.ready = '1';
  document.body.dataset.answer = analysed() ? '1' : '0';
  scheduleAnalysis();
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
  asOf = thisMonth();
  regions = JSON.parse(core.regions()).regions;
  loadUi();
  const loaded = load();
  scenario = loaded.scenario;
  if (loaded.unavailable) { storageWarned = true; notices.push('这里不能在本机保存数据（可能是隐私模式，或浏览器不允许嵌在应用里的页面保存），关闭页面后会丢失，请用“导出”保存。'); }
  notices.push(...loaded.lost);
  if (loaded.lost.length) save(scenario); // keep what was recovered
  if (loaded.fresh) scenario = blankScenario();
  const lost = [];
  const shared = fromFragment(fragment.has('s') ? `s=${fragment.get('s')}` : '', lost);
  hasSaved = !loaded.fresh;
  if (shared && hasSaved) offer = { scenario: shared, lost, from: 'link' }; // never replaced without asking
  else if (shared) {
    scenario = shared;
    ui.plan = shared.plan.length ? 'custom' : 'auto';
    ui.never = false;
    notices.push('已载入分享链接里的数据。', ...lost);
    save(scenario);
    hasSaved = true;
  } else if (lost.length) notices.push(...lost);
  // The data leaves the address bar; the host declaration stays (a reload keeps the embedding).
  if (location.hash) history.replaceState(null, '', location.pathname + location.search + (embed.host ? `#host=${encodeURIComponent(embed.host)}` : ''));
  if (embed.mismatch) notices.push(`这个页面嵌在 ${embed.mismatch} 里，和声明的应用（${embed.declared}）不一致：不会接收也不会发送任何数据。`);
  const prefill = embed.host && fragment.has('prefill') ? decodeJson64(fragment.get('prefill')) : undefined;
  if (embed.host && fragment.has('prefill') && prefill === undefined) notices.push('应用提供的数据无法读取，没有填入。');
  if (loaded.fresh && !shared && prefill === undefined) notices.push('先填出生年月和户口在哪个省，再一段一段加上交养老保险的经历。');
  if (ui.plan === 'auto' && !pastPlan(scenario.plan, asOf)) scenario.plan = planFor(ui.plan, scenario.history, scenario.plan, asOf, scenario.summary);
  pageReady = true;
  if (prefill !== undefined) waitingPrefills.unshift(prefill);
  if (waitingPrefills.length) for (const raw of waitingPrefills.splice(0)) receivePrefill(raw);
  else render();
  if ('serviceWorker' in navigator && location.protocol !== 'file:') navigator.serviceWorker.register('sw.js').catch(() => {});
}

main();
