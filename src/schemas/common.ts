import { z } from 'astro/zod';

/** An entry id: lower-case words joined by hyphens, the file name without its extension. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * YAML parsers differ on unquoted dates: Astro's turns `2024-05-01` into a Date and `2021` into a number,
 * the checker's keeps strings. Both normalise to the string the author wrote.
 */
function yamlDateToString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** Whether `YYYY-MM-DD` names a day that exists: JavaScript's Date would roll 2024-02-30 over to 1 March. */
export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** A calendar date written `YYYY-MM-DD`, kept as that string so it renders the same everywhere. */
export const isoDate = z.preprocess(
  yamlDateToString,
  z
    .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2024-05-01')
    .refine(isCalendarDate, 'not a real calendar date (check the day of the month: 2024-02-30 does not exist)'),
);

/** A date known to the year, month or day: `2021`, `2021-06` or `2021-06-30`. */
export const partialDate = z.preprocess(
  yamlDateToString,
  z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-08')
    .refine((s) => isCalendarDate(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s), 'not a real calendar date (check the month and the day)'),
);

/** A one-sentence summary shown in lists, link previews and search results. */
export const summary = z
  .string()
  .min(20, 'a summary is one full sentence of at least 20 characters')
  .max(240, 'keep the summary to one sentence under 240 characters; the body holds the rest');

/** A title or display name. */
export const title = z.string().trim().min(2, 'a title needs at least 2 characters').max(120);

/** A full http(s) address. Other schemes (javascript:, data:, file:) are refused: a page links to it. */
export const httpUrl = (field: string) => z.url({ protocol: /^https?$/, error: `${field} must be a full http(s) address, e.g. https://example.org/page` });

/**
 * Corrections made to a published page: the date and what changed, in a sentence. Shown on the page and in
 * the feed, so a reader who relied on the old text learns of the change. Newest last.
 */
export const corrections = z
  .array(
    z.strictObject({
      /** When the correction was published, YYYY-MM-DD. */
      date: isoDate,
      /** What was wrong and what the page says now, e.g. "Karmada's maintainers: five of 13 work at Huawei, not six". */
      note: z.string().min(15, 'say what was wrong and what the page says now, in a sentence'),
    }),
  )
  .default([]);
