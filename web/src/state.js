// Saved state: versioned, written new-then-swap with a backup of the last good state, and
// recovered field by field when damaged. The person's data never leaves the device.

export const STATE_VERSION = 1;
const KEY = 'pe.state';
const KEY_NEW = 'pe.state.new';
const KEY_BACKUP = 'pe.state.backup';

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

function cleanSegment(s, lost, where, inPlan) {
  if (!s || typeof s !== 'object') { lost.push(`${where}：不是一段记录`); return null; }
  const from = month(s.from);
  const to = s.to === undefined && inPlan ? undefined : month(s.to);
  const kind = KINDS.includes(s.kind) ? s.kind : undefined;
  if (!from || !kind || (!inPlan && !to)) { lost.push(`${where}：时间或方式无法识别，已略去`); return null; }
  const seg = { from, kind };
  if (to) seg.to = to;
  if (kind !== 'gap') {
    const region = str(s.region);
    if (!region || region.length > 64) { lost.push(`${where}：地区无法识别，已略去`); return null; }
    seg.region = region;
  }
  if (kind === 'employee' || kind === 'flexible') {
    const b = s.base || {};
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
    hukou: str(p.hukou) && p.hukou.length <= 64 ? p.hukou : base.person.hukou,
  };
  // Not yet filled in (the page pre-fills nothing) is kept as it is; anything else unreadable is named.
  if (!month(p.birth) && p.birth !== '') lost.push('出生年月无法识别，已用默认值');
  if (person.sex === 'female') person.category = ['cadre', 'worker', 'flexible'].includes(p.category) ? p.category : 'flexible';
  const list = (xs, name, inPlan) => (Array.isArray(xs) ? xs.slice(0, 600) : [])
    .map((s, i) => cleanSegment(s, lost, `${name}第${i + 1}段`, inPlan)).filter(Boolean);
  const r = raw.retirement && typeof raw.retirement === 'object' ? raw.retirement : {};
  const assumptions = {};
  for (const k of ['wage_growth', 'crediting_rate', 'resident_interest', 'pension_adjustment', 'resident_base_growth']) {
    const v = raw.assumptions && dec(raw.assumptions[k]);
    if (v) assumptions[k] = v;
  }
  const overrides = (Array.isArray(raw.overrides) ? raw.overrides : [])
    .filter((o) => o && str(o.param) && o.param.length <= 64 && dec(o.value))
    .slice(0, 50)
    .map((o) => (month(o.from) ? { param: o.param, value: dec(o.value), from: o.from } : { param: o.param, value: dec(o.value) }));
  const out = {
    person,
    history: list(raw.history, '过去的记录', false),
    plan: list(raw.plan, '今后的打算', true),
    retirement: {
      mode: ['statutory', 'early', 'late'].includes(r.mode) ? r.mode : 'statutory',
      months: Number.isInteger(r.months) && r.months >= 0 && r.months <= 36 ? r.months : 0,
    },
    assumptions,
    overrides,
  };
  if (raw.summary && typeof raw.summary === 'object') out.summary = raw.summary; // checked by the core
  return out;
}

function read(storage, key) {
  try {
    const text = storage.getItem(key);
    if (text == null) return { missing: true };
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
  let r = read(storage, KEY);
  if (r.missing && !read(storage, KEY_BACKUP).doc) return { scenario: defaultScenario(), lost, fresh: true };
  if (r.broken || r.missing) {
    lost.push('保存的数据损坏了，已从上一次的备份恢复');
    r = read(storage, KEY_BACKUP);
    if (!r.doc) return { scenario: defaultScenario(), lost: ['保存的数据损坏，备份也无法读取，只能重新填写'], fresh: true };
  }
  if (r.future) lost.push('保存的数据来自更新的版本，能识别的部分已保留');
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
  try {
    storage.setItem(KEY_NEW, text);
    const prev = storage.getItem(KEY);
    if (prev != null && read(storage, KEY).doc) storage.setItem(KEY_BACKUP, prev);
    storage.setItem(KEY, text);
    storage.removeItem(KEY_NEW);
    return true;
  } catch {
    return false;
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
  return cleanScenario(raw, lost);
}

/**
 * A host app's prefill (often partial: the city, the start date), cleaned like any import, over
 * the defaults; null (and a note in `lost`) when it is not a record at all.
 */
export function cleanPrefill(raw, lost = []) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) { lost.push('应用提供的数据无法读取'); return null; }
  const d = defaultScenario();
  const person = raw.person && typeof raw.person === 'object' && !Array.isArray(raw.person) ? raw.person : {};
  return cleanScenario({ ...d, ...raw, person: { ...d.person, ...person } }, lost);
}
