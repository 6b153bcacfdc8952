import { z } from 'astro/zod';

/** One tag of the closed vocabulary (`content/tags.yaml`). Entries may only use tags listed there. */
export const tagSchema = z.strictObject({
  /** Label shown on pages, in English. */
  label: z.string().min(2).max(40),
  /** Label shown on Chinese pages. */
  labelZh: z.string().min(1).max(40),
  /** One sentence on what the tag covers, shown on the tag's page. */
  description: z.string().min(10).max(240),
  /** The same sentence for Chinese pages. */
  descriptionZh: z.string().min(6).max(160),
});

/** A tag's label and description in `locale`. */
export function tagText(tag: TagData, locale: 'en' | 'zh'): { label: string; description: string } {
  return locale === 'zh' ? { label: tag.labelZh, description: tag.descriptionZh } : { label: tag.label, description: tag.description };
}

export type TagData = z.output<typeof tagSchema>;
