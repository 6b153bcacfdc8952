/**
 * What a source's dates mean, said in words: a work is "published" on its date; a file cited at a commit
 * is the version of that commit's date. Every source also says when an editor last opened it, and offers
 * an archived copy as of that day, so a dead link does not end the trail.
 */
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import type { SourceData } from '../schemas/source';
import { formatPartialDate } from './format';

/** A GitHub URL pinned to a commit (40 or 7+ hex digits) rather than a branch or tag. */
const pinned = /github\.com\/[^/]+\/[^/]+\/(?:blob|tree|commit|raw)\/[0-9a-f]{7,40}(?:\/|$)/;

export interface SourceDates {
  /** "published 2 Aug 2022", or "version of 5 Nov 2025 (commit)" for a pinned file. */
  dated: string;
  /** "accessed 1 Dec 2026". */
  accessed: string;
  /** The Internet Archive's copy nearest the accessed date. */
  archive: string;
}

/** The Wayback Machine's address for `url` as of `date` (YYYY-MM-DD): it redirects to the nearest capture. */
export const archiveUrl = (url: string, date: string) => `https://web.archive.org/web/${date.replace(/-/g, '')}/${url}`;

export function sourceDates(s: Pick<SourceData, 'url' | 'published' | 'accessed'>, locale: Locale, t: Translate): SourceDates {
  const date = formatPartialDate(s.published, locale);
  return {
    dated: pinned.test(s.url) ? t('source.versionOf', { date }) : t('source.published', { date }),
    accessed: t('source.accessed', { date: formatPartialDate(s.accessed, locale) }),
    archive: archiveUrl(s.url, s.accessed),
  };
}
