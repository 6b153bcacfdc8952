/**
 * What a page body needs in the browser, from its fences (the same scan the checker uses): the diagram
 * renderer only when there is a ```mermaid fence, the code-block tools only when there is highlighted code.
 * Pages without diagrams thus ship none of mermaid.
 */
import { scanBody } from '../markdown/scan';

export interface BodyFeatures {
  hasDiagrams: boolean;
  hasCode: boolean;
}

export function bodyFeatures(body: string | undefined, format: 'md' | 'mdx'): BodyFeatures {
  if (!body || !body.includes('```') && !body.includes('~~~')) return { hasDiagrams: false, hasCode: false };
  const fences = scanBody(body, format).fences;
  return {
    hasDiagrams: fences.some((f) => f.lang === 'mermaid'),
    hasCode: fences.some((f) => f.lang !== 'mermaid'),
  };
}
