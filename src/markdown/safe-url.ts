/**
 * Which URLs may appear in content: links, images, source and project addresses. Only http(s) and mailto,
 * site-relative paths and relative links to entries; nothing that runs (javascript:, vbscript:), embeds
 * (data:) or reaches the reader's machine (file:). Checked after the parser has decoded entities and
 * percent-escapes, with control characters and spaces removed, so `JaVa&#x53;cript:` and `java\tscript:`
 * are caught as what a browser would make of them.
 */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

export type UrlVerdict = { ok: true } | { ok: false; scheme: string };

export function checkUrl(url: string): UrlVerdict {
  let s = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  try {
    s = decodeURIComponent(s);
  } catch {
    /* a malformed escape: judge the text as it is */
  }
  s = s.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(s);
  if (!m) return { ok: true }; // relative, site path, #anchor, //host (a browser treats it as https here)
  const scheme = m[1]!.toLowerCase();
  return allowedSchemes.has(scheme) ? { ok: true } : { ok: false, scheme };
}
