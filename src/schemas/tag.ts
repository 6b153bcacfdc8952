import { z } from 'astro/zod';

/** One tag of the closed vocabulary (`content/tags.yaml`). Entries may only use tags listed there. */
export const tagSchema = z.strictObject({
  /** Label shown on pages, in English. */
  label: z.string().min(2).max(40),
  /** Label shown on Chinese pages. */
  labelZh: z.string().min(1).max(40),
  /** One sentence on what the tag covers, shown on the tag's page. */
  description: z.string().min(10).max(240),
});

export type TagData = z.output<typeof tagSchema>;
