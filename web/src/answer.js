// The rider's answer, without the DOM: the default plan ("carry on as now", from the first open
// month), the plan months that are now in the past, and the three rows of the answer card (keep
// paying · go home to the resident scheme · stop) from the core's own results. Shared by the web page and the
// mini-program (embed/build-miniprogram.mjs inlines this file), so both show the same card.
// No figure is computed here: every amount is a field of the core's estimate or choices; the
// only arithmetic is on months (YYYY-MM) and the rounding for display.

/** `YYYY-MM` plus `n` months. */
export function addMonths(month, n) {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + m - 1 + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** Months from `a` to `b` (`b` later gives a positive number). */
export function monthsBetween(a, b) {
  const [y1, m1] = a.split('-').map(Number);
  const [y2, m2] = b.split('-').map(Number);
  return (y2 - y1) * 12 + m2 - m1;
}

/** The history segment paid most recently (not a gap), or null. */
export function lastPaid(history) {
  const paid = history.filter((s) => s.kind !== 'gap' && s.to);
  return paid.length ? paid.reduce((a, b) => (a.to >= b.to ? a : b)) : null;
}

/**
 * Whether the record says the person is paying now: the last paid month — of the history, or of
 * a statement (`summary`, whose `at` is its last paid month) when no segment comes after it — is
 * this month or last, and nothing later says otherwise (a gap).
 */
export function payingNow(history, asOf, summary) {
  const last = lastPaid(history);
  const latest = history.reduce((m, s) => (s.to && s.to > m ? s.to : m), '');
  if (!last) return !!summary && !latest && summary.at >= addMonths(asOf, -1);
  return last.to >= addMonths(asOf, -1) && last.to === latest;
}

/**
 * The first month a plan can start: this month when neither a history segment nor a statement
 * (`summary`, which covers everything up to its `at`) covers it yet (its contribution is not
 * due: a record entered up to last month leaves this month open, not missed), else next month.
 * The core's `Scenario::first_open_month`, which the choices use.
 */
export function firstOpenMonth(history, asOf, summary) {
  const covers = (s) => s.from <= asOf && (!s.to || s.to >= asOf);
  return history.some(covers) || (summary && summary.at >= asOf) ? addMonths(asOf, 1) : asOf;
}

/** How a statement alone is carried on (see `carryOnPlan`). */
const STATEMENT_CARRY_ON = { kind: 'flexible', base: { ratio: '0.6' } };

/**
 * The plan "go on as the last paid segment" from the first open month until retirement (same
 * scheme, place, level). With a statement alone — months, index and balance, not how they were
 * paid — "going on" is what a gig worker can do by themselves: flexible work in the statement's
 * region at the lowest level (60 %), which the page then says in words (上面的结果按：…).
 */
export function carryOnPlan(history, asOf, summary) {
  const last = lastPaid(history) || (statementKind(summary) === 'employee' && summary.region && { ...STATEMENT_CARRY_ON, region: summary.region });
  if (!last) return [];
  const seg = { from: firstOpenMonth(history, asOf, summary), kind: last.kind, region: last.region };
  if (last.base) seg.base = { ...last.base };
  if (last.tier !== undefined) seg.tier = last.tier;
  return [seg];
}

/**
 * The default plan for a mode: `auto` follows the history (still paying → carry on, else
 * nothing), `pay` carries on the last paid segment, `stop` is nothing; `custom` keeps `plan`.
 */
export function planFor(mode, history, plan, asOf, summary) {
  if (mode === 'custom') return plan;
  if (mode === 'stop') return [];
  if (mode === 'pay') return carryOnPlan(history, asOf, summary);
  return payingNow(history, asOf, summary) ? carryOnPlan(history, asOf, summary) : [];
}

/**
 * What a statement (`summary`, covering everything up to its month `at`) replaces in a history:
 * segments ending by `at` go (`dropped`), one running past it starts the month after (`clipped`,
 * as they were; `kept` has them cut). The page asks before either happens.
 */
export function afterStatement(history, at) {
  const next = addMonths(at, 1);
  const kept = [], dropped = [], clipped = [];
  for (const seg of history) {
    if (seg.from > at) kept.push(seg);
    else if (seg.to && seg.to <= at) dropped.push(seg);
    else { clipped.push(seg); kept.push({ ...seg, from: next }); }
  }
  return { kept, dropped, clipped };
}

/**
 * The plan months before this month (planned when saved, not confirmed since): {from, to} or
 * null. This month is still open, as in the core (`unconfirmed` stops at the month before).
 */
export function pastPlan(plan, asOf) {
  const last = addMonths(asOf, -1);
  const first = plan.filter((s) => s.from <= last).map((s) => s.from).sort()[0];
  return first ? { from: first, to: last } : null;
}

/**
 * The answer to 这几个月交了吗: `paid` moves the plan months before this month into the history
 * (each plan segment split at this month); otherwise they become a gap in the history. Either
 * way the plan goes on from this month. Returns a new {history, plan}.
 */
export function settlePastPlan(history, plan, asOf, paid) {
  const past = pastPlan(plan, asOf);
  if (!past) return { history, plan };
  const last = past.to;
  const moved = plan.filter((s) => s.from <= last).map((s) => ({ ...s, to: s.to && s.to < last ? s.to : last }));
  const added = paid ? moved : [{ from: past.from, to: last, kind: 'gap' }];
  const future = plan.filter((s) => !s.to || s.to >= asOf).map((s) => (s.from < asOf ? { ...s, from: asOf } : s));
  const newHistory = [...history, ...added].sort((a, b) => a.from.localeCompare(b.from));
  return { history: newHistory, plan: future };
}

const positive = (x) => Number(x) > 0;

/** A row of the answer card from one of the core's choices. */
export function rowFromChoice(c) {
  return {
    id: c.id, kind: c.kind, scheme: c.scheme, costMonth: c.monthly_cost_now, total: c.own_contributions,
    today: c.pension_today, band: c.range.pension_today, nominal: c.pension, start: c.start,
    eligible: positive(c.pension), payback: c.payback_months, heirs: c.heirs_receive,
    moved: c.moved_record === true,
  };
}

/**
 * A row from an estimate of a changed plan or claim age (a slider between the core's choices):
 * the pension the person would draw, its range, start; the total paid is the estimate's own
 * contributions beyond those of the history alone (`baseline`, the headline of the scenario with
 * no plan: `estimate_headline`).
 */
export function rowFromEstimate(e, baseline, costMonth, id) {
  return planRow(e.employee.pension, { ...e.resident, start: e.resident.claim_month }, e.range, baseline, costMonth, id);
}

/**
 * The same row from the core's headline with its range (`estimate_headline(text, today, true)`):
 * the figures a slider move needs, without the full estimate's reporting parts.
 */
export function rowFromHeadline(h, baseline, costMonth, id) {
  return planRow(h.employee, h.resident, h.range, baseline, costMonth, id);
}

/** A plan's row from its employee and resident figures (`r.start`: the resident pension's start). */
function planRow(p, r, range, baseline, costMonth, id) {
  const employee = positive(p.total) || !positive(r.total);
  return {
    id, kind: 'plan', scheme: employee ? (positive(p.total) ? 'employee' : 'none') : 'resident',
    costMonth, total: ownBeyond(p, r, baseline),
    today: employee ? (positive(p.total) ? p.formula_total_today : '0.00') : r.formula_total_today,
    band: employee ? range.employee.pension_today : range.resident.pension_today,
    nominal: employee ? p.total : r.total, start: employee ? p.start : r.start,
    eligible: positive(p.total) || positive(r.total), payback: null, heirs: null,
    formulaToday: p.formula_total_today, shortfall: p.shortfall_months,
  };
}

/** The person's own payments (employee `p`, resident `r`) beyond the history's (both schemes), as decimal text. */
function ownBeyond(p, r, baseline) {
  const fen = (x) => Math.round(Number(x) * 100);
  const d = fen(p.own_contributions) + fen(r.own_contributions)
    - fen(baseline.employee.own_contributions) - fen(baseline.resident.own_contributions);
  return (d / 100).toFixed(2);
}

/**
 * The choice the plan is, if the core priced it: no plan is `none`; one segment to retirement of
 * the same kind and level or tier is that choice — when it pays from `first` (the first open
 * month, when given) or earlier (its past months stay in the choice, `Scenario::plan_so_far`). A plan of several segments, or one that ends before retirement, is none of them: its
 * row comes from its own estimate.
 */
export function choiceForPlan(choices, plan, first) {
  const seg = plan[0];
  if (!seg) return choices.find((c) => c.id === 'none');
  if (plan.length > 1 || seg.to || (first && seg.from > first)) return undefined;
  if (seg.kind === 'flexible' && seg.base && seg.base.ratio !== undefined) {
    return choices.find((c) => c.kind === 'flexible' && Number(c.base.ratio) === Number(seg.base.ratio) && c.region === seg.region);
  }
  if (seg.kind === 'resident') return choices.find((c) => c.kind === 'resident' && Number(c.tier) === Number(seg.tier));
  return undefined;
}

/**
 * The three rows: keep paying (the plan's level, else 60 %), go home to the resident scheme (the
 * plan's tier, else the lowest), stop. `current` is the id of the row the plan is
 * (`choiceForPlan`), else null: the page then draws the plan's own row from its estimate.
 */
export function answerRows(choices, plan, first) {
  const seg = plan[0];
  const current = choiceForPlan(choices, plan, first);
  // The rows take the level or tier of the plan's first segment, whether or not the plan is one of them.
  const like = seg && choiceForPlan(choices, [{ ...seg, to: undefined }]);
  const flex = (like && like.kind === 'flexible' && like)
    || choices.find((c) => c.id === 'flexible_0.6');
  const res = (like && like.kind === 'resident' && like)
    || choices.filter((c) => c.kind === 'resident').sort((a, b) => Number(a.tier) - Number(b.tier))[0];
  const none = choices.find((c) => c.id === 'none');
  return { rows: [flex, res, none].filter(Boolean).map(rowFromChoice), current: current ? current.id : null };
}

/**
 * What filling a gap does, in words: what it costs and how the monthly pension changes (today's
 * money). Filling can lower it — with a statement's deemed months the transitional part uses the
 * whole-career index, and filling can move the benefit location — so a negative change is said
 * as 少领, with why, never shown as "多领 −250".
 */
export function gapEffect(cost, gainToday) {
  const g = Number(gainToday);
  if (g >= 0) return { text: `补上要交约 ${round(cost)} 元，每月多领约 ${round(g)} 元（按今天的钱）`, lower: false };
  return {
    text: `补上要交约 ${round(cost)} 元，每月反而少领约 ${round(-g)} 元（按今天的钱）`,
    lower: true,
    why: '为什么会少领：按规则算，补上的月份会拉低有视同缴费年限那部分用的平均缴费指数，或者让领养老金的地方变成另一个。',
  };
}

/**
 * The plan's months before `first` (the first open month): each segment clipped to end the month
 * before it, later ones left out — planned months now past, kept when a choice replaces the rest
 * of the plan, as the core keeps them (`Scenario::plan_so_far`).
 */
export function planSoFar(plan, first) {
  const last = addMonths(first, -1);
  return plan.filter((g) => g.from <= last).map((g) => ({ ...g, to: g.to && g.to < last ? g.to : last }));
}

/**
 * 只交够年限就停, in words: the core's `enough` (the fewest months at 60 % that make a short
 * employee record's pension payable) — `lead`, the monthly figure in today's money, `end`.
 * Someone who never paid (`record`, see `recordKind`) pays those months, not more of them.
 */
export function enoughWords(x, record = 'employee') {
  const c = x.choice;
  return {
    lead: `只交够年限就停：按60%${record === 'none' ? '' : '再'}交 ${yearsText(x.months)}（到${ym(x.to)}，共约 ${round(c.own_contributions)} 元），每月也能领 `,
    figure: `${round(c.pension_today)} 元`,
    end: '。',
  };
}

/** Rounded to 10 元 for display (the core's figures are exact to the fen). */
export function tens(x) {
  return Math.round(Number(x) / 10) * 10;
}

/** Years and months from a birth month to a month: {years, months}. */
export function ageAt(birth, month) {
  const m = monthsBetween(birth, month);
  return { years: Math.floor(m / 12), months: m % 12 };
}

// ---------- words shared by the page and the mini-program ----------------------------------------
/** `2057年3月`. */
export function ym(m) {
  return m ? `${m.slice(0, 4)}年${Number(m.slice(5))}月` : '退休';
}

/** `63岁` or `62岁8个月`. */
export function ageText(a) {
  return `${a.years}岁${a.months ? `${a.months}个月` : ''}`;
}

/** `3年`, `1年6个月` or `6个月`. */
export function yearsText(months) {
  const y = Math.floor(months / 12), m = months % 12;
  return `${y ? `${y}年` : ''}${m || !y ? `${m}个月` : ''}`;
}

/** A figure for the answer card: rounded to 10 元, grouped by thousands, sums from 100 000 in 万. */
export function round(x) {
  const n = tens(x);
  if (Math.abs(n) >= 100000) return `${+(n / 10000).toFixed(1)}万`;
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * What the person has paid into so far: `employee` (a month as an employee or a flexible worker,
 * or a statement counting employee months), `resident` (the resident scheme only, in segments or a
 * statement), or `none`. It names the rows: nothing goes on for someone who never paid, and a resident-scheme
 * member switching to flexible work does not "carry on" with it.
 */
export function recordKind(history, summary) {
  const stated = statementKind(summary);
  if (stated === 'employee' || history.some((s) => s.kind === 'employee' || s.kind === 'flexible')) return 'employee';
  return stated === 'resident' || history.some((s) => s.kind === 'resident') ? 'resident' : 'none';
}

/** What a statement (`summary`) records: `employee` (employee or deemed months), `resident` (resident years only) or `none`. */
export function statementKind(summary) {
  if (!summary) return 'none';
  if (Number(summary.employee_months) > 0 || Number(summary.deemed_months) > 0) return 'employee';
  return Number(summary.resident_years) > 0 ? 'resident' : 'none';
}

/** Whether anything was ever paid (a paid history segment or a statement). */
export function hasPaid(history, summary) {
  return recordKind(history, summary) !== 'none';
}

/**
 * The name of a row: keep paying (level), go home / change to the resident scheme (tier), stop —
 * worded for the record (`recordKind`): start paying / pay into the resident scheme / don't pay
 * for someone who never paid; switch to flexible work / carry on in the resident scheme for a
 * resident-scheme member.
 */
export function rowLabel(row, hukou, workRegion, record = 'employee') {
  const level = () => `（按${+(Number(row.id.split('_')[1]) * 100).toFixed(2)}%）`;
  const tier = () => `（每年${Number(row.id.split('_')[1])}元）`;
  if (row.kind === 'flexible') return `${{ employee: '继续交', resident: '改交', none: '开始交' }[record]}灵活就业${level()}`;
  if (row.kind === 'resident') {
    if (record === 'none') return `交城乡居民${tier()}`;
    if (record === 'resident') return `继续交城乡居民${tier()}`;
    return `${workRegion && workRegion !== hukou ? '回老家交城乡居民' : '改交城乡居民'}${tier()}`;
  }
  return record === 'none' ? '不交' : '停交';
}

/**
 * The words above the headline: what "as things are" means for this record and plan. A plan that
 * stops before retirement (its last segment's `to`: `until`) says until when — 交够年限就停 is
 * not "carrying on as now".
 */
export function asNowWords(paying, paid, until) {
  if (paying && until) return `照这样交到${ym(until)}`;
  return paying ? '照现在这样交' : paid ? '照现在这样（不再交）' : '照现在这样（不交）';
}

/**
 * The note under 年限还差: what the record would pay once the years are made up — unless nothing
 * was paid into the employee scheme, where that figure is 0 and says nothing.
 */
export function shortNote(formulaToday) {
  return Number(formulaToday) > 0
    ? { enough: round(formulaToday), text: '到时候还不能每月领。' }
    : { enough: null, text: '到时候领不到：还没有交过职工养老' };
}

/** The line under a row that can be drawn: from when, which scheme, the range, the money then. */
export function rowDetail(row, birth) {
  // Stopping with a short employee record the core moved over (`moved`): a resident pension though
  // nothing more is paid — the scheme says where it comes from (the go-home row has the figures).
  const scheme = row.scheme !== 'resident' ? '职工养老' : row.id === 'none' && row.moved ? '城乡居民养老（职工养老账户转入）' : '城乡居民养老';
  return `${ym(row.start)}（${ageText(ageAt(birth, row.start))}）起 · ${scheme} · 大约 ${round(row.band.low)}–${round(row.band.high)} · 到时候约 ${round(row.nominal)}元`;
}
