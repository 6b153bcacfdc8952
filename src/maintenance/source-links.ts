/**
 * Checks that source URLs still answer, for the weekly maintenance job (the only code that touches the
 * network; builds and tests never call it except against a local server).
 */
import { checkUrl as safeUrl } from '../markdown/safe-url';

export type LinkStatus =
  | { kind: 'ok' }
  | { kind: 'moved'; to: string }
  | { kind: 'dead'; reason: string }
  /** The source now redirects to an address a page must never link (javascript:, data:, file:). */
  | { kind: 'unsafe'; to: string };

export async function checkUrl(url: string, timeoutMs = 15_000): Promise<LinkStatus> {
  const attempt = async (method: 'HEAD' | 'GET') =>
    fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'go-atlas-source-check' } });
  try {
    let res = await attempt('HEAD');
    if (res.status === 405 || res.status === 403) res = await attempt('GET');
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location') ?? '';
      if (!safeUrl(location).ok) return { kind: 'unsafe', to: location };
      const to = new URL(location, url).href;
      // Same resource, other spelling (trailing slash, http→https): not worth an issue.
      const same = (u: string) => u.replace(/^http:/, 'https:').replace(/\/$/, '');
      return same(to) === same(url) ? { kind: 'ok' } : { kind: 'moved', to };
    }
    return res.ok ? { kind: 'ok' } : { kind: 'dead', reason: `HTTP ${res.status}` };
  } catch (e) {
    return { kind: 'dead', reason: (e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message };
  }
}

/** Markdown body of the issue: one line per dead or moved source, with the file to edit. */
export function linkReport(results: { file: string; url: string; status: LinkStatus }[]): string {
  const bad = results.filter((r) => r.status.kind !== 'ok');
  if (!bad.length) return 'Every source URL answered.';
  const line = (r: (typeof bad)[number]) =>
    r.status.kind === 'unsafe'
      ? `- [ ] \`${r.file}\`: ${r.url} now redirects to a ${r.status.to.split(':')[0]}: address; remove the link or point it at an archived copy, and review who controls that site now`
      : r.status.kind === 'moved'
      ? `- [ ] \`${r.file}\`: ${r.url} now redirects to ${r.status.to} (update \`url\`, re-check what it says, set \`accessed\`)`
      : `- [ ] \`${r.file}\`: ${r.url} is dead (${(r.status as { reason: string }).reason}); find the new address or an archived, dated copy`;
  return `${bad.length} of ${results.length} source URLs need attention:\n\n${bad.map(line).join('\n')}\n`;
}
