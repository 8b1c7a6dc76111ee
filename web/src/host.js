// Inside a platform's app (WebView or iframe): the host declares its origin in the page's
// fragment (`#host=https://app.example`), may prefill a scenario (`#prefill=` + base64url JSON,
// or a postMessage {type: 'pension-estimator:prefill', scenario} from exactly that origin), and
// gets the result back only when the person presses "分享给应用" — posted to that origin only.
// Nothing is sent otherwise; messages from any other origin are ignored.

export const PREFILL = 'pension-estimator:prefill';
export const RESULT = 'pension-estimator:result';
const MAX_MESSAGE_CHARS = 200_000;

/** A declared host origin: an http(s) origin exactly (no path, no `*`), else null. */
export function parseHost(value) {
  if (typeof value !== 'string' || value.length > 200) return null;
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The embedding context of this page: the declared host (null if none, or if the page is framed
 * by another origin than the one declared), how a result would reach it, and the parent that
 * frames the page (as the browser reports it).
 */
export function embedding(win, fragment) {
  const declared = parseHost(fragment.get('host'));
  const framed = win.parent !== win;
  const ancestors = win.location.ancestorOrigins;
  const framedBy = ancestors && ancestors.length ? ancestors[0] : null;
  const mismatch = declared && framedBy && framedBy !== declared ? framedBy : null;
  // Inside a frame the declared host is believed only when the browser itself names the framing
  // origin and it is that one (location.ancestorOrigins; browsers without it, e.g. Firefox, get
  // no share button in a frame). The server's frame-ancestors header (web/serve.mjs) is the
  // other half: see docs/hostile.md, "Frame policy".
  const verified = !framed || framedBy === declared;
  const host = declared && verified ? declared : null;
  const channel = !host ? null : framed ? 'parent' : win.ReactNativeWebView && typeof win.ReactNativeWebView.postMessage === 'function' ? 'react-native' : null;
  return { host, declared, mismatch, channel };
}

/** The scenario of a prefill message from the declared host, or null (anything else is ignored). */
export function prefillFrom(event, ctx, win) {
  if (!ctx.host || event.origin !== ctx.host) return null;
  if (ctx.channel === 'parent' && event.source !== win.parent) return null;
  const d = event.data;
  if (!d || typeof d !== 'object' || d.type !== PREFILL || !d.scenario || typeof d.scenario !== 'object') return null;
  try {
    if (JSON.stringify(d.scenario).length > MAX_MESSAGE_CHARS) return null;
  } catch {
    return null;
  }
  return d.scenario;
}

/** Sends the result to the declared host: one message, to that origin only. */
export function sendResult(win, ctx, message) {
  if (ctx.channel === 'parent') { win.parent.postMessage(message, ctx.host); return true; }
  if (ctx.channel === 'react-native') { win.ReactNativeWebView.postMessage(JSON.stringify({ ...message, to: ctx.host })); return true; }
  return false;
}
