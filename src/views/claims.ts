/**
 * How a fact check is presented: the truth first, the circulating statement beneath it and marked as the
 * claim, the verdict in words. Every list, link, preview, search result, feed item and social card of a
 * claim goes through here, so none of them can show a contradicted statement as its link text.
 */
import type { CollectionEntry } from 'astro:content';
import { partLang, type Locale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/t';
import type { TranslationEntry } from '../knowledge/site-graph';
import type { verdicts } from '../vocab';
import { formatPartialDate } from './format';

export type Verdict = (typeof verdicts)[number];
type ClaimData = CollectionEntry<'claims'>['data'];

/** The claim's texts in the page's language: a translation supplies its own headline, statement and correction. */
export function claimTexts(
  d: ClaimData,
  translation: TranslationEntry | undefined,
): { headline: string; statement: string; correction?: string; searched?: string } {
  const tr = translation && 'headline' in translation.data ? translation.data : undefined;
  return {
    headline: tr?.headline ?? d.headline,
    statement: tr?.statement ?? d.statement,
    correction: tr?.correction ?? d.correction,
    searched: tr?.searched ?? d.searched,
  };
}

/** The headline as a reader sees it: an unverified claim says that no public source supports it. */
export function displayedHeadline(verdict: Verdict, headline: string, t: Translate): string {
  return verdict === 'unverified' ? t('claim.noSourceFor', { headline }) : headline;
}

/** What a list item, link or card shows for a fact check. */
export function claimLink(entry: CollectionEntry<'claims'>, translation: TranslationEntry | undefined, locale: Locale) {
  const t = useTranslations(locale);
  const d = entry.data;
  const { headline, statement, correction } = claimTexts(d, translation);
  const title = displayedHeadline(d.verdict, headline, t);
  return {
    title,
    fullTitle: t('claim.titled', { verdict: t(`verdict.${d.verdict}`), title }),
    // The page description and search summary: what is true, never the statement on its own.
    summary: d.verdict === 'contradicted' ? correction : d.verdict === 'confirmed' ? statement : t('claim.unverifiedNote'),
    verdict: d.verdict,
    claimed: d.verdict === 'contradicted' ? statement : undefined,
  };
}

export interface ClaimView {
  verdict: Verdict;
  /** "What is true", for a contradicted claim: the correction. (A confirmed claim's headline is the truth already.) */
  truth?: string;
  /** The statement as it circulated, marked as the claim. */
  statement: string;
  /** Where it circulated, in one sentence: language, kind of text, date or "undated", public copy or none. */
  circulated: string;
  /** A public copy of the circulating text, when one exists. */
  circulatedUrl?: string;
  /** Unverified only: what Atlas searched, and how the claim looks. */
  searched?: string;
  assessment?: string;
  ledgerId?: string;
  /** The language of the claim's texts when it is not the page's (an untranslated fact check on a Chinese page). */
  textLang?: string;
}

export function claimView(d: ClaimData, translation: TranslationEntry | undefined, locale: Locale, t: Translate): ClaimView {
  const { statement, correction, searched } = claimTexts(d, translation);
  const c = d.circulated;
  const circulated = t('claim.circulatedIn', {
    language: t(`language.${c.language}`),
    medium: t(`medium.${c.medium}`),
    date: c.date ? formatPartialDate(c.date, locale) : t('claim.undated'),
    copy: c.url ? t('claim.publicCopy') : t('claim.noPublicCopy'),
  });
  return {
    verdict: d.verdict,
    truth: d.verdict === 'contradicted' ? correction : undefined,
    statement,
    circulated,
    circulatedUrl: c.url,
    searched,
    textLang: partLang(translation ? locale : 'en', locale),
    assessment: d.assessment ? t(`assessment.${d.assessment}`) : undefined,
    ledgerId: d.ledgerId,
  };
}
