import type { AnyEntry, TranslationEntry } from '../knowledge/site-graph';
import type { FigureData } from '../schemas/figure';

/**
 * The figures an entry carries in its frontmatter (projects, cases, guides and fact checks can hold them),
 * worded for the page: on a translated page each subject, metric and context reads as the translation's
 * `figureText` gives it (the checker makes sure it gives all of them); numbers and sources stay the original's.
 */
export function figureDataOf(entry: AnyEntry, translation?: TranslationEntry): FigureData[] {
  const figures = 'figures' in entry.data ? (entry.data.figures as FigureData[]) : [];
  const text = translation?.data.figureText;
  if (!text) return figures;
  const say = (s: string) => text[s] ?? s;
  return figures.map((f) => ({ ...f, subject: say(f.subject), metric: say(f.metric), context: say(f.context) }));
}
