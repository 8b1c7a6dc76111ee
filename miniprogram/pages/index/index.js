// One page: the answer card first (keep paying · go home to the resident scheme · stop, in
// today's money: the web page's card, from the same rules in lib/answer.js) once the person and a
// record are given (nothing is made up before), then the person, the
// record as 掌上12333 shows it (optional: months, index, balance), a short history (a few
// segments), 现在还在交吗, both pensions and the effect of each gap; while
// the card is off the screen a bar at the bottom keeps its figure in view (看结果 ↑). All calculation is in
// the wasm core through lib/pension-estimator.js.
const A = require('../../lib/answer.js');

const KINDS = [['flexible', '灵活就业'], ['employee', '单位职工'], ['resident', '城乡居民'], ['gap', '没交（断缴）']];
const RATIOS = ['0.6', '1', '1.5', '2', '3'];
const STORE = 'pe.miniprogram.input';
// Saved with region codes, never picker positions: a data update that adds or reorders regions
// would otherwise move a saved rider to another province without a word.
const STORE_VERSION = 2;

const addMonths = A.addMonths;
const money = (x) => Number(x).toFixed(2);

Page({
  data: {
    ready: false, failed: '',
    kindNames: KINDS.map((k) => k[1]), ratioNames: RATIOS.map((r) => `${Math.round(Number(r) * 100)}%`), regionNames: [],
    // Nothing made up: no answer until the birth month, the hukou and a record (or 我还没交过) are given.
    person: { birth: '', sex: 'male', hukouIndex: -1 },
    never: false, waiting: '',
    segments: [],
    statementOn: false, statement: { at: '', regionIndex: 0, months: '', index: '', balance: '' },
    planMode: 'auto', planOn: true,
    since: null, // { from, to, text }: months since the last visit, while the rider was paying
    answer: null, barOn: false,
    result: null, gaps: [], allFilled: null, errors: [],
  },

  onLoad() {
    return getApp().estimator.then((pe) => {
      this.pe = pe;
      // "This month" is the core's (China's time, from the one clock it reads).
      this.asOf = pe.currentMonth();
      this.regions = pe.regions().regions;
      this.setData({ ready: true, regionNames: this.regions.map((r) => r.name_zh) });
      const saved = wx.getStorageSync(STORE);
      const restored = this.restore(saved);
      if (restored) { this.setData(restored); this.askSince(saved.savedAt); }
      this.compute();
    }, (err) => {
      this.setData({ failed: (err.errors && err.errors[0].zh) || '计算模块没有加载成功。' });
    });
  },

  /** The form as saved: regions by code. */
  stored() {
    const d = this.data;
    const code = (i) => (this.regions[i] ? this.regions[i].code : '');
    return {
      version: STORE_VERSION,
      person: { birth: d.person.birth, sex: d.person.sex, hukou: code(d.person.hukouIndex) },
      never: d.never,
      segments: d.segments.map((s) => ({ from: s.from, to: s.to, kindIndex: s.kindIndex, region: code(s.regionIndex), ratioIndex: s.ratioIndex, tier: s.tier })),
      statement: d.statementOn ? { at: d.statement.at, region: code(d.statement.regionIndex), months: d.statement.months, index: d.statement.index, balance: d.statement.balance } : null,
      planMode: d.planMode,
      // "This month" when saved; kept while 这几个月交了吗 is unanswered, so it is asked again.
      savedAt: d.since ? this.savedAt : this.asOf,
    };
  },

  /**
   * Opened months after the last visit (the record then ended at that month, the rider paying):
   * the carry-on plan of that day has months in the past now, paid or not. Asked, as on the web
   * page (这几个月交了吗), with the same rules (lib/answer.js: planFor, pastPlan); until then the
   * answer assumes nothing more was paid.
   */
  askSince(savedAt) {
    if (typeof savedAt !== 'string' || savedAt >= this.asOf || this.missing()) return;
    this.savedAt = savedAt;
    const sc = this.scenario();
    const plan = A.planFor(this.data.planMode, sc.history, [], savedAt, sc.summary);
    const past = plan.length ? A.pastPlan(plan, this.asOf) : null;
    if (!past) return;
    this.sincePlan = plan[0];
    this.setData({ since: { from: past.from, to: past.to, text: `${A.ym(past.from)}到${A.ym(past.to)}：上次打开时你还在交。这几个月交了吗？` } });
  },
  /** 交了: those months as the plan of that day had them (its scheme, place and level). */
  onSincePaid() {
    const { from, to } = this.data.since;
    const p = this.sincePlan;
    const seg = { from, to, kindIndex: Math.max(0, KINDS.findIndex((k) => k[0] === p.kind)),
      regionIndex: Math.max(0, this.regions.findIndex((r) => r.code === p.region)),
      ratioIndex: Math.max(0, RATIOS.indexOf(p.base ? String(p.base.ratio) : '0.6')), tier: p.tier || '200' };
    this.setData({ since: null, segments: this.data.segments.concat([seg]) });
    this.compute();
  },
  /** 没交: a gap, shown with what it costs. */
  onSinceUnpaid() {
    const { from, to } = this.data.since;
    this.setData({ since: null, segments: this.data.segments.concat([{ from, to, kindIndex: 3, regionIndex: 0, ratioIndex: 0, tier: '200' }]) });
    this.compute();
  },

  /**
   * The form data of a saved input (regions found by code), or null when there is none. A code
   * the current data does not know falls back to the default region, and the page says so.
   * Inputs saved by the first version (positions) are read as positions, as they were written.
   */
  restore(saved) {
    if (!saved || !saved.person || !Array.isArray(saved.segments)) return null;
    const fallback = Math.max(0, this.regions.findIndex((r) => r.code === 'GD'));
    const missing = [];
    const index = (code, legacy) => {
      if (saved.version !== STORE_VERSION) return Number.isInteger(legacy) && this.regions[legacy] ? legacy : fallback;
      if (code === '') return -1; // not chosen yet
      const i = this.regions.findIndex((r) => r.code === code);
      if (i < 0) missing.push(code);
      return i < 0 ? fallback : i;
    };
    const person = { birth: saved.person.birth, sex: saved.person.sex, hukouIndex: index(saved.person.hukou, saved.person.hukouIndex) };
    const segments = saved.segments.map((s) => ({ from: s.from, to: s.to, kindIndex: s.kindIndex, regionIndex: index(s.region, s.regionIndex), ratioIndex: s.ratioIndex, tier: s.tier }));
    const st = saved.statement;
    const statement = st ? { at: st.at, regionIndex: index(st.region), months: st.months, index: st.index, balance: st.balance } : this.data.statement;
    this.notices = missing.length ? [`保存的地区 ${missing.join('、')} 在当前数据里没有，已改为${this.regions[fallback].name_zh}，请核对`] : [];
    return { person, segments, statementOn: !!st, statement, never: saved.never === true, planMode: saved.planMode || 'auto' };
  },

  newSegment(from) {
    return { from, to: this.asOf, kindIndex: 0, regionIndex: Math.max(0, this.data.person.hukouIndex), ratioIndex: 0, tier: '200' };
  },

  // ---- input handlers (WXML bindings) ----
  onBirth(e) { this.setData({ 'person.birth': e.detail.value }); this.compute(); },
  onSex(e) { this.setData({ 'person.sex': e.detail.value }); this.compute(); },
  onHukou(e) { this.setData({ 'person.hukouIndex': Number(e.detail.value) }); this.compute(); },
  onSegment(e) {
    const { i, field } = e.currentTarget.dataset;
    const v = e.detail.value;
    this.setData({ [`segments[${i}].${field}`]: /Index$/.test(field) ? Number(v) : v });
    this.compute();
  },
  addSegment() {
    const last = this.data.segments[this.data.segments.length - 1];
    this.setData({ never: false, segments: this.data.segments.concat([this.newSegment(last ? addMonths(last.to, 1) : addMonths(this.asOf, -12))]) });
    this.compute();
  },
  /** 我还没交过养老保险: the answer from an empty record (starting to pay is then a row of it). */
  onNever() { this.setData({ never: true }); this.compute(); },
  removeSegment(e) {
    this.setData({ segments: this.data.segments.filter((_, i) => i !== Number(e.currentTarget.dataset.i)) });
    this.compute();
  },
  /**
   * 用社保记录: the totals 掌上12333 shows, as the core's statement (`summary`). It covers every
   * month up to its own, so the segments it covers are offered for removal (a dialog; declined,
   * the core's message says what overlaps).
   */
  onStatementOn(e) {
    const on = !!e.detail.value;
    const st = this.data.statement;
    this.setData({ statementOn: on, statement: on && !st.at ? { ...st, at: addMonths(this.asOf, -1), regionIndex: this.workIndex() } : st });
    if (on) this.offerTrim();
    this.compute();
  },
  onStatement(e) {
    const { field } = e.currentTarget.dataset;
    const v = e.detail.value;
    this.setData({ [`statement.${field}`]: field === 'regionIndex' ? Number(v) : String(v).trim() });
    if (field === 'at') this.offerTrim();
    this.compute();
  },
  /** The picker position of the last place paid as an employee or flexible worker (else the hukou). */
  workIndex() {
    const last = this.data.segments.filter((x) => x.kindIndex < 2).pop();
    return last ? last.regionIndex : Math.max(0, this.data.person.hukouIndex);
  },
  /** Segments the statement covers: removed (or started after it) if the rider agrees. */
  offerTrim() {
    const at = this.data.statement.at;
    const { kept, dropped, clipped } = A.afterStatement(this.data.segments, at);
    if (!dropped.length && !clipped.length || typeof wx.showModal !== 'function') return;
    wx.showModal({
      title: '社保记录已包含之前的月份',
      content: `到${A.ym(at)}为止的经历不用再填：${dropped.length}段去掉，${clipped.length}段改成${A.ym(addMonths(at, 1))}起。`,
      confirmText: '好', cancelText: '不改',
      success: (r) => { if (r.confirm) { this.setData({ segments: kept }); this.compute(); } },
    });
  },

  /** 看结果 ↑: the answer card is at the top of the page. */
  toAnswer() { wx.pageScrollTo({ scrollTop: 0, duration: 200 }); },

  /**
   * The bar at the bottom shows while the answer card is off the screen (the record is edited
   * below it): watched once the card exists, by the runtime's intersection observer.
   */
  watchAnswer() {
    if (this.watching || !this.data.answer || typeof wx.createIntersectionObserver !== 'function') return;
    this.watching = wx.createIntersectionObserver(this).relativeToViewport();
    this.watching.observe('#answer', (r) => { const on = !(r.intersectionRatio > 0); if (on !== this.data.barOn) this.setData({ barOn: on }); });
  },
  onUnload() { if (this.watching) this.watching.disconnect(); },

  /** 现在还在交吗？ on: carry on as the last paid segment until retirement; off: pay nothing more. */
  onPlan(e) { this.setData({ planMode: e.detail.value ? 'pay' : 'stop' }); this.compute(); },

  /** The scenario the form describes (as the core reads it). */
  scenario() {
    const d = this.data;
    const code = (i) => this.regions[i].code;
    const person = { birth: d.person.birth, sex: d.person.sex, hukou: code(d.person.hukouIndex) };
    if (person.sex === 'female') person.category = 'flexible';
    const history = d.segments.map((s) => {
      const kind = KINDS[s.kindIndex][0];
      const seg = { from: s.from, to: s.to, kind };
      if (kind === 'resident') { seg.region = person.hukou; seg.tier = String(s.tier || '200'); }
      else if (kind !== 'gap') { seg.region = code(s.regionIndex); seg.base = { ratio: RATIOS[s.ratioIndex] }; }
      return seg;
    }).sort((a, b) => a.from.localeCompare(b.from));
    const summary = d.statementOn ? this.summary() : undefined;
    // The default plan, as on the web page: carry on as now (the last paid segment, or the
    // statement's place at 60 %) while paying.
    const plan = A.planFor(d.planMode, history, [], this.asOf, summary);
    return { person, as_of: this.asOf, history, plan, ...(summary ? { summary } : {}) };
  },

  /** The statement as the core reads it: the fields given, numbers as typed (the core checks them). */
  summary() {
    const st = this.data.statement;
    const out = { at: st.at, region: this.regions[st.regionIndex].code };
    if (st.months !== '') out.employee_months = Number(st.months);
    if (st.index !== '') out.avg_index = st.index;
    if (st.balance !== '') out.account_balance = st.balance;
    return out;
  },

  /** The answer card's data: the headline and three rows, every figure the core's (rounded to 10 元). */
  answer(sc, e) {
    const c = this.pe.choices(sc);
    if (!c.ok) return null;
    const { rows, current } = A.answerRows(c.choices.choices, sc.plan);
    const work = sc.history.filter((x) => x.region && x.kind !== 'resident').pop();
    const workRegion = work ? work.region : A.statementKind(sc.summary) === 'employee' ? sc.summary.region : undefined;
    const record = A.recordKind(sc.history, sc.summary);
    const p = e.employee.pension;
    // 只交够年限就停 under 继续交, as on the web page: only while the plan leaves the record short.
    const enough = c.choices.enough && !p.eligible ? A.enoughWords(c.choices.enough, record) : null;
    const view = rows.map((row) => ({ id: row.id, mine: row.id === current, name: A.rowLabel(row, sc.person.hukou, workRegion, record),
      cost: A.round(row.costMonth), total: A.round(row.total), today: A.round(row.today), todayRaw: row.today, eligible: row.eligible,
      detail: row.eligible ? A.rowDetail(row, sc.person.birth) : '',
      enough: row.kind === 'flexible' && enough ? enough.lead + enough.figure + enough.end : '' }));
    const mine = rows.find((row) => row.id === current);
    const what = A.asNowWords(sc.plan.length > 0, record !== 'none', sc.plan.length ? sc.plan[sc.plan.length - 1].to : undefined);
    const short = A.shortNote(p.formula_total_today);
    const headline = mine && mine.eligible
      ? { what: `${what}，${A.ym(mine.start)}（${A.ageText(A.ageAt(sc.person.birth, mine.start))}）开始领`, big: `每月约 ${A.round(mine.today)} 元`, todayRaw: mine.today,
        note: `按今天的钱 · 大约 ${A.round(mine.band.low)}–${A.round(mine.band.high)} 元 · 到时候的钱约 ${A.round(mine.nominal)} 元` }
      : { what: `${what}，到 ${A.ym(p.start)}（${A.ageText(p.age)}）退休时：`, big: `年限还差 ${A.yearsText(p.shortfall_months)}`, todayRaw: p.formula_total_today, short: true,
        note: short.enough ? `${short.text}交够了每月约 ${short.enough} 元（按今天的钱）。` : `${short.text}。` };
    return { headline, rows: view, current };
  },

  /** What is still missing before an answer can be given ('' when nothing is). */
  missing() {
    const d = this.data;
    if (!d.person.birth || d.person.hukouIndex < 0) return '先选出生年月和户口所在地。';
    if (!d.segments.length && !d.statementOn && !d.never) return '再加上交养老保险的经历（没交过的话，点“我还没交过养老保险”）。';
    return '';
  },

  compute() {
    if (!this.pe) return;
    wx.setStorageSync(STORE, this.stored());
    const waiting = this.missing();
    if (waiting) { this.setData({ waiting, answer: null, result: null, gaps: [], allFilled: null, errors: this.notices || [] }); return; }
    if (this.data.waiting) this.setData({ waiting: '' });
    const sc = this.scenario();
    const notices = this.notices || [];
    const r = this.pe.estimate(sc); // never throws
    if (!r.ok) { this.setData({ result: null, gaps: [], allFilled: null, errors: notices.concat(r.errors.map((e) => e.zh)) }); return; }
    const p = r.estimate.employee.pension, res = r.estimate.resident;
    const g = this.pe.gaps(sc);
    const gaps = g.ok ? g.gaps.gaps.map((x) => {
      const f = x.at_neighbour || x.at_floor;
      const effect = f ? A.gapEffect(f.cost, f.gain_today) : { text: '' };
      return { from: x.from, to: x.to, months: x.months, planned: x.planned, gain: f ? money(f.gain) : '', cost: f ? money(f.cost) : '',
        effect: effect.text, why: effect.why || '', decides: !!(f && f.decides_eligibility) };
    }) : [];
    this.setData({
      errors: notices,
      planOn: sc.plan.length > 0,
      answer: this.answer(sc, r.estimate),
      result: {
        employee: { eligible: p.eligible, total: p.total, today: p.formula_total_today, start: p.start, formula: p.formula_total,
          shortfall: p.eligible ? 0 : p.shortfall_months },
        resident: { eligible: res.eligible, total: res.eligible ? res.total : '', formula: res.formula_total, years: res.years, minYears: res.min_years },
      },
      gaps,
      allFilled: g.ok && g.gaps.all_filled ? { gain: money(g.gaps.all_filled.gain), cost: money(g.gaps.all_filled.cost) } : null,
    });
    this.watchAnswer();
  },
});
