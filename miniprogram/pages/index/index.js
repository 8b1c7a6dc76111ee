// One page: the person, a short history (a few segments), an optional plan; both pensions and
// the effect of each gap. All calculation is in the wasm core through lib/pension-estimator.js.
const KINDS = [['flexible', '灵活就业'], ['employee', '单位职工'], ['resident', '城乡居民'], ['gap', '没交（断缴）']];
const RATIOS = ['0.6', '1', '1.5', '2', '3'];
const STORE = 'pe.miniprogram.input';

function addMonths(m, n) {
  const [y, mo] = m.split('-').map(Number);
  const t = y * 12 + mo - 1 + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}
const money = (x) => Number(x).toFixed(2);

Page({
  data: {
    ready: false, failed: '',
    kindNames: KINDS.map((k) => k[1]), ratioNames: RATIOS.map((r) => `${Math.round(Number(r) * 100)}%`), regionNames: [],
    person: { birth: '1990-01', sex: 'male', hukouIndex: 0 },
    segments: [],
    planOn: true,
    result: null, gaps: [], allFilled: null, errors: [],
  },

  onLoad() {
    return getApp().estimator.then((pe) => {
      this.pe = pe;
      // "This month" is the core's (China's time, from the one clock it reads).
      this.asOf = pe.currentMonth();
      this.regions = pe.regions().regions;
      const saved = wx.getStorageSync(STORE);
      const hukouIndex = Math.max(0, this.regions.findIndex((r) => r.code === 'GD'));
      this.setData({ ready: true, regionNames: this.regions.map((r) => r.name_zh), 'person.hukouIndex': hukouIndex });
      if (saved && saved.person && Array.isArray(saved.segments)) this.setData({ person: saved.person, segments: saved.segments, planOn: !!saved.planOn });
      else this.setData({ segments: [this.newSegment(addMonths(this.asOf, -24))] });
      this.compute();
    }, (err) => {
      this.setData({ failed: (err.errors && err.errors[0].zh) || '计算模块没有加载成功。' });
    });
  },

  newSegment(from) {
    return { from, to: this.asOf, kindIndex: 0, regionIndex: this.data.person.hukouIndex, ratioIndex: 0, tier: '200' };
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
    this.setData({ segments: this.data.segments.concat([this.newSegment(last ? addMonths(last.to, 1) : addMonths(this.asOf, -12))]) });
    this.compute();
  },
  removeSegment(e) {
    this.setData({ segments: this.data.segments.filter((_, i) => i !== Number(e.currentTarget.dataset.i)) });
    this.compute();
  },
  onPlan(e) { this.setData({ planOn: !!e.detail.value }); this.compute(); },

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
    const work = history.filter((s) => s.kind === 'employee' || s.kind === 'flexible').pop();
    const plan = d.planOn ? [{ from: addMonths(this.asOf, 1), kind: 'flexible', region: work ? work.region : person.hukou, base: { ratio: '0.6' } }] : [];
    return { person, as_of: this.asOf, history, plan };
  },

  compute() {
    if (!this.pe) return;
    const sc = this.scenario();
    wx.setStorageSync(STORE, { person: this.data.person, segments: this.data.segments, planOn: this.data.planOn });
    const r = this.pe.estimate(sc); // never throws
    if (!r.ok) { this.setData({ result: null, gaps: [], allFilled: null, errors: r.errors.map((e) => e.zh) }); return; }
    const p = r.estimate.employee.pension, res = r.estimate.resident;
    const g = this.pe.gaps(sc);
    const gaps = g.ok ? g.gaps.gaps.map((x) => {
      const f = x.at_neighbour || x.at_floor;
      return { from: x.from, to: x.to, months: x.months, gain: f ? money(f.gain) : '', cost: f ? money(f.cost) : '', decides: !!(f && f.decides_eligibility) };
    }) : [];
    this.setData({
      errors: [],
      result: {
        employee: { eligible: p.eligible, total: p.total, today: p.formula_total_today, start: p.start, formula: p.formula_total,
          shortfall: p.eligible ? 0 : p.shortfall_months },
        resident: { eligible: res.eligible, total: res.eligible ? res.total : '', formula: res.formula_total, years: res.years, minYears: res.min_years },
      },
      gaps,
      allFilled: g.ok && g.gaps.all_filled ? { gain: money(g.gaps.all_filled.gain), cost: money(g.gaps.all_filled.cost) } : null,
    });
  },
});
