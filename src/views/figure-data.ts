import type { AnyEntry } from '../knowledge/site-graph';
import type { FigureData } from '../schemas/figure';

/** The figures an entry carries in its frontmatter (projects, cases, guides and fact checks can hold them). */
export function figureDataOf(entry: AnyEntry): FigureData[] {
  return 'figures' in entry.data ? (entry.data.figures as FigureData[]) : [];
}
