// Saved state: versioned, written new-then-swap with a backup of the last good state, and
// recovered field by field when damaged. The person's data never leaves the device.

export const STATE_VERSION = 1;
const KEY = 'pe.state';
const KEY_NEW = 'pe.state.new';
const KEY_BACKUP = 'pe.state.backup';
// Saved data of a newer version of the page, kept aside untouched (this version cannot read all
// of it; a newer one can) instead of being overwritten by the first save.
const KEY_FUTURE = 'pe.state.future';
/**
 * The largest saved value read or written (characters). A full scenario (600 + 600 segments,
 * 200 overrides) is about 150 000; a bigger value is not this page's, and would fill the
 * storage quota so that no later save (clearing included) could succeed.
 */
export const MAX_SAVED_CHARS = 400_000;

const MONTH = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;
const KINDS = ['employee', 'flexible', 'resident', 'gap'];
const DECIMAL = /^\d{1,9}(\.\d{1,6})?$/;

export function defaultScenario() {
  return {
    person: { birth: '1990-01', sex: 'male', hukou: 'JX' },
    history: [],
    plan: [],
    retirement: { mode: 'statutory', months: 0 },
    assumptions: {},
    overrides: [],
  };
}

const str = (v) => (typeof v === 'string' ? v : undefined);
const month = (v) => (typeof v === 'string' && MONTH.test(v) ? v : undefined);
const dec = (v) => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return String(v);
  return typeof v === 'string' && DECIMAL.test(v) ? v : undefined;
};

/** Tells the keys of `obj` that `allowed` does not list (they are dropped). */
function tellUnknown(obj, allowed, where, lost) {
  const extra = obj && typeof obj === 'object' && !Array.isArray(obj) ? Object.keys(obj).filter((k) => !allowed.includes(k)) : [];
  if (extra.length) lost.push(`${where}：不认识的内容已略去（${extra.slice(0, 5).join('、')}）`);
}

/** What each kind of segment takes besides from, to and kind. */
const SEGMENT_FIELDS = { employee: ['region', 'base'], flexible: ['region', 'base'], resident: ['region', 'tier'], gap: ['region'] };

function cleanSegment(s, lost, where, inPlan) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) { lost.push(`${where}：不是一段记录`); return null; }
  const from = month(s.from);
  const to = s.to === undefined && inPlan ? undefined : month(s.to);
  const kind = KINDS.includes(s.kind) ? s.kind : undefined;
  if (!from || !kind || (!inPlan && !to)) { lost.push(`${where}：时间或方式无法识别，已略去`); return null; }
  tellUnknown(s, ['from', 'to', 'kind', ...SEGMENT_FIELDS[kind]], where, lost);
  const seg = { from, kind };
  if (to) seg.to = to;
  if (kind !== 'gap') {
    const region = str(s.region);
    if (!region || region.length > 64) { lost.push(`${where}：地区无法识别，已略去`); return null; }
    seg.region = region;
  }
  if (kind === 'employee' || kind === 'flexible') {
    const b = s.base || {};
    tellUnknown(b, ['ratio', 'amount'], `${where}的缴费基数`, lost);
    if (b.ratio !== undefined && b.amount !== undefined) lost.push(`${where}：缴费基数只能填比例或金额之一，已按比例计算`);
    const ratio = dec(b.ratio), amount = dec(b.amount);
    if (ratio) seg.base = { ratio };
    else if (amount) seg.base = { amount };
    else { seg.base = { ratio: '0.6' }; lost.push(`${where}：缴费基数无法识别，按60%补上`); }
  }
  if (kind === 'resident') {
    const tier = dec(s.tier);
    seg.tier = tier || '200';
    if (!tier) lost.push(`${where}：缴费档次无法识别，按200元补上`);
  }
  return seg;
}

/** Keeps every valid part of a (possibly damaged or foreign) scenario; reports what was dropped. */
export function cleanScenario(raw, lost = []) {
  const base = defaultScenario();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) { lost.push('数据不是有效的记录'); return base; }
  const p = raw.person && typeof raw.person === 'object' ? raw.person : {};
  const person = {
    birth: month(p.birth) || (p.birth === '' ? '' : base.person.birth),
    sex: p.sex === 'female' ? 'female' : 'male',
    hukou: p.hukou === '' ? '' : str(p.hukou) && p.hukou.length <= 64 ? p.hukou : base.person.hukou,
  };
  if (raw.person !== undefined && (!raw.person || typeof raw.person !== 'object' || Array.isArray(raw.person))) lost.push('个人信息无法识别，已用默认值');
  tellUnknown(p, ['birth', 'sex', 'hukou', 'category'], '个人信息', lost);
  // Not yet filled in (the page pre-fills nothing) is kept as it is; anything else unreadable is named.
  if (!month(p.birth) && p.birth !== '') lost.push('出生年月无法识别，已用默认值');
  if (p.sex !== person.sex) lost.push('性别无法识别，已按男性计算');
  if (person.hukou !== p.hukou && p.hukou !== '') lost.push(`户籍地无法识别，已用默认值 ${base.person.hukou}`);
  if (person.sex === 'female') {
    person.category = ['cadre', 'worker', 'flexible'].includes(p.category) ? p.category : 'flexible';
    if (person.category !== p.category) lost.push('女性的身份无法识别，已按灵活就业计算');
  }
  const list = (xs, name, inPlan) => {
    if (xs !== undefined && !Array.isArray(xs)) lost.push(`${name}不是一组记录，已略去`);
    if (Array.isArray(xs) && xs.length > 600) lost.push(`${name}超过600段，之后的已略去`);
    return (Array.isArray(xs) ? xs.slice(0, 600) : [])
      .map((s, i) => cleanSegment(s, lost, `${name}第${i + 1}段`, inPlan)).filter(Boolean);
  };
  const out = {
    person,
    history: list(raw.history, '过去的记录', false),
    plan: list(raw.plan, '今后的打算', true),
    retirement: cleanRetirement(raw.retirement, lost),
    assumptions: cleanAssumptions(raw.assumptions, lost),
    overrides: cleanOverrides(raw.overrides, lost),
  };
  if (raw.summary !== undefined) {
    if (raw.summary && typeof raw.summary === 'object' && !Array.isArray(raw.summary)) out.summary = raw.summary; // checked by the core
    else lost.push('对账单数据无法识别，已略去');
  }
  const unknown = Object.keys(raw).filter((k) => !SCENARIO_KEYS.includes(k));
  if (unknown.length) lost.push(`不认识的内容已略去：${unknown.slice(0, 5).join('、')}`);
  if (raw.schema_version !== undefined && raw.schema_version !== 1) lost.push(`数据格式版本 ${String(raw.schema_version).slice(0, 10)} 不是本页面的版本 1，已按版本 1 读取`);
  return out;
}

/** The scenario's top-level fields (`as_of` is the page's own month, never kept). */
const SCENARIO_KEYS = ['schema_version', 'person', 'as_of', 'history', 'plan', 'retirement', 'assumptions', 'overrides', 'summary'];
const ASSUMPTIONS = ['wage_growth', 'crediting_rate', 'resident_interest', 'pension_adjustment', 'resident_base_growth'];
const MAX_OVERRIDES = 50;

function cleanRetirement(raw, lost) {
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  if (raw !== undefined && r !== raw) lost.push('退休方式无法识别，已按法定退休年龄计算');
  tellUnknown(r, ['mode', 'months'], '退休方式', lost);
  const out = {
    mode: ['statutory', 'early', 'late'].includes(r.mode) ? r.mode : 'statutory',
    months: Number.isInteger(r.months) && r.months >= 0 && r.months <= 36 ? r.months : 0,
  };
  const asked = { mode: r.mode === undefined ? 'statutory' : r.mode, months: r.months === undefined ? 0 : r.months };
  if (asked.mode !== out.mode || asked.months !== out.months) lost.push('退休方式无法识别，已按法定退休年龄计算');
  return out;
}

function cleanAssumptions(raw, lost) {
  const out = {};
  if (raw === undefined) return out;
  const a = raw && typeof raw === 'object' ? raw : {};
  for (const k of ASSUMPTIONS) {
    const v = dec(a[k]);
    if (v) out[k] = v;
  }
  const dropped = Object.keys(a).filter((k) => out[k] === undefined);
  if (dropped.length || a !== raw) lost.push(`这些假设无法识别，已用默认值：${dropped.slice(0, 5).join('、') || '全部'}`);
  return out;
}

function cleanOverrides(raw, lost) {
  if (raw === undefined) return [];
  const xs = Array.isArray(raw) ? raw : [];
  const fine = xs.filter((o) => o && str(o.param) && o.param.length <= 64 && dec(o.value)
    && Object.keys(o).every((k) => ['param', 'value', 'from'].includes(k)) && (o.from === undefined || month(o.from)));
  if (fine.length < xs.length || !Array.isArray(raw)) lost.push(`${xs.length - fine.length || '全部'}项参数设置无法识别，已略去`);
  if (fine.length > MAX_OVERRIDES) lost.push(`参数设置超过${MAX_OVERRIDES}项，之后的已略去`);
  return fine.slice(0, MAX_OVERRIDES)
    .map((o) => (o.from ? { param: o.param, value: dec(o.value), from: o.from } : { param: o.param, value: dec(o.value) }));
}

function read(storage, key) {
  try {
    const text = storage.getItem(key);
    if (text == null) return { missing: true };
    if (text.length > MAX_SAVED_CHARS) return { broken: true, huge: true };
    const doc = JSON.parse(text);
    if (!doc || typeof doc !== 'object' || typeof doc.version !== 'number') return { broken: true };
    if (doc.version > STATE_VERSION) return { future: true, doc };
    return { doc };
  } catch {
    return { broken: true };
  }
}

/**
 * The page's storage, or null when the browser refuses it (private modes; a page framed by
 * another site where third-party storage is blocked: reading `localStorage` then throws).
 */
export function defaultStorage() {
  try {
    const s = globalThis.localStorage;
    s.getItem(KEY);
    return s;
  } catch {
    return null;
  }
}

/** Loads the saved scenario: the current copy, else the backup, else a fresh one. */
export function load(storage = defaultStorage()) {
  if (!storage) return { scenario: defaultScenario(), lost: [], fresh: true, unavailable: true };
  const lost = [];
  dropOversized(storage, lost);
  let r = read(storage, KEY);
  if (r.missing && !read(storage, KEY_BACKUP).doc) return { scenario: defaultScenario(), lost, fresh: true };
  if (r.broken || r.missing) {
    lost.push('保存的数据损坏了，已从上一次的备份恢复');
    r = read(storage, KEY_BACKUP);
    if (!r.doc) return { scenario: defaultScenario(), lost: [...lost.slice(0, -1), '保存的数据损坏，备份也无法读取，只能重新填写'], fresh: true };
  }
  if (r.future) {
    keepFuture(storage, r.doc);
    lost.push('保存的数据来自更新的版本：能识别的部分已载入，原数据另外保留着，换回新版本页面时可以恢复');
  }
  const scenario = cleanScenario(migrate(r.doc).scenario, lost);
  return { scenario, lost, fresh: false };
}

/** Migrations from older saved versions (none yet: version 1 is the first). */
export function migrate(doc) {
  return doc;
}

/** Saves: write the new copy, keep the previous good one as backup, then swap. */
export function save(scenario, storage = defaultStorage()) {
  if (!storage) return false;
  const text = JSON.stringify({ version: STATE_VERSION, saved_at: new Date().toISOString(), scenario });
  if (text.length > MAX_SAVED_CHARS) return false;
  try {
    writeWithBackup(storage, text);
    return true;
  } catch {
    // The quota is full (of our own copies, or of someone else's): give up the backup and the
    // half-written copy, then write the state alone.
    try {
      for (const k of [KEY_NEW, KEY_BACKUP]) storage.removeItem(k);
      storage.setItem(KEY, text);
      return true;
    } catch {
      return false;
    }
  }
}

function writeWithBackup(storage, text) {
  storage.setItem(KEY_NEW, text);
  const prev = storage.getItem(KEY);
  if (prev != null && read(storage, KEY).doc) storage.setItem(KEY_BACKUP, prev);
  storage.setItem(KEY, text);
  storage.removeItem(KEY_NEW);
}

/** Removes this page's saved values that exceed the size limit (they are not its own). */
function dropOversized(storage, lost) {
  for (const key of [KEY, KEY_NEW, KEY_BACKUP, KEY_FUTURE]) {
    try {
      const v = storage.getItem(key);
      if (v != null && v.length > MAX_SAVED_CHARS) {
        storage.removeItem(key);
        lost.push(`保存的数据大得不正常（${Math.round(v.length / 1000)} 千字），已删除`);
      }
    } catch { /* unreadable storage: load() reports it */ }
  }
}

/** Keeps a newer version's saved data aside (once), where saves never overwrite it. */
function keepFuture(storage, doc) {
  try {
    if (storage.getItem(KEY_FUTURE) == null) storage.setItem(KEY_FUTURE, JSON.stringify(doc));
  } catch { /* no room: the note still tells the person */ }
}

/** The newer version's data kept aside by load(), if any (for that version, or an export). */
export function futureData(storage = defaultStorage()) {
  try {
    const text = storage && storage.getItem(KEY_FUTURE);
    return text == null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** A share link's fragment: base64url of the scenario JSON (UTF-8). */
export function toFragment(scenario) {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return 's=' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url of UTF-8 JSON → the value; undefined when it cannot be read. */
export function decodeJson64(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]{1,200000}$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** The scenario in a share link's fragment, cleaned like any other input; null if none. */
export function fromFragment(hash, lost = []) {
  const m = /^#?s=([A-Za-z0-9_-]{1,200000})$/.exec(hash || '');
  if (!m) return null;
  const raw = decodeJson64(m[1]);
  if (raw === undefined) {
    lost.push('分享链接里的数据无法读取');
    return null;
  }
  const sc = cleanScenario(raw, lost);
  tellWhatChangesTheResult(sc, lost);
  return sc;
}

/**
 * Notes for what a shared or prefilled scenario carries that changes the pension without showing
 * on the form: a statement (对账单) and parameter settings.
 */
function tellWhatChangesTheResult(sc, notes) {
  if (sc.summary) notes.push('这份数据带有社保对账单的汇总（缴费月数、指数、余额），会影响结果，请核对');
  if (sc.overrides.length) notes.push(`这份数据改了 ${sc.overrides.length} 项政策参数（${sc.overrides.slice(0, 3).map((o) => `${o.param}=${o.value}`).join('、')}），会影响结果，请核对`);
}

/**
 * A host app's prefill (often partial: the city, the start date), cleaned like any import, over
 * the defaults; null (and a note in `lost`) when it is not a record at all.
 */
export function cleanPrefill(raw, lost = []) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) { lost.push('应用提供的数据无法读取'); return null; }
  const d = defaultScenario();
  const person = raw.person && typeof raw.person === 'object' && !Array.isArray(raw.person) ? raw.person : {};
  const sc = cleanScenario({ ...d, ...raw, person: { ...d.person, ...person } }, lost);
  tellWhatChangesTheResult(sc, lost);
  return sc;
}
