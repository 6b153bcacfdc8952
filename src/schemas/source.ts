import { z } from 'astro/zod';
import { contentLanguages, sourceKinds } from '../vocab';
import { httpUrl, isoDate, partialDate, title } from './common';

/** A GitHub URL pinned to a commit: `/blob/<sha>/`, `/tree/<sha>/`, `/commit/<sha>` or `/raw/<sha>/`. */
const commitPinned = /github\.com\/[^/]+\/[^/]+\/(?:blob|tree|commit|raw)\/[0-9a-f]{7,40}(?:\/|$)/;

/** One entry of the bibliography (`content/sources/<id>.yaml`). Everything Atlas states cites one of these. */
export const sourceSchema = z
  .strictObject({
    /** Title of the cited work, as its publisher gives it. */
    title,
    /** Where to read it. Moving data (benchmark CSVs, READMEs) must use a commit-pinned URL. */
    url: httpUrl('url'),
    /** Who published it: a company, a project, a conference, a journal. */
    publisher: z.string().min(2),
    /** Author or speaker, when the work names one. */
    author: z.string().min(2).optional(),
    /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD; for a pinned commit, the commit date. */
    published: partialDate,
    /** When an editor last opened the URL and checked that it says what Atlas cites it for. */
    accessed: isoDate,
    /** Language the source is written in. */
    language: z.enum(contentLanguages),
    /** What kind of work it is. */
    kind: z.enum(sourceKinds),
  })
  .refine((s) => s.kind !== 'benchmark' || !s.url.includes('github.com') || commitPinned.test(s.url), {
    path: ['url'],
    message:
      'a benchmark on GitHub must be cited at a commit, because its numbers change\nfix: replace the branch in the URL with the commit SHA, e.g. https://github.com/owner/repo/blob/251be0c/file.csv, and set `published:` to the commit date',
  });

export type SourceData = z.output<typeof sourceSchema>;

/**
 * The language a source's title is written in. It can differ from the source's own `language`: a Chinese
 * README is often listed under an English description ("Kitex README (Chinese)"), so the title's script decides.
 */
export function sourceTitleLocale(title: string): 'en' | 'zh' {
  return /[\u3400-\u9fff]/u.test(title) ? 'zh' : 'en';
}
