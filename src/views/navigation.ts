import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/t';
import { collectionUrl, type SiteUrl } from '../i18n/urls';

export interface NavSection {
  label: UiKey;
  href: SiteUrl;
  current: boolean;
}

const order = ['projects', 'orgs', 'cases', 'guides', 'claims', 'sources'] as const;

/** Header sections, marking the one the current path is in. */
export function navSections(locale: Locale, pathname: string): NavSection[] {
  return order.map((c) => {
    const href = collectionUrl(c, locale);
    return { label: `collection.${c}`, href, current: pathname.startsWith(href) };
  });
}
