/**
 * Suggestions for a new entry: tags whose id or label share a word with its title, and existing entries
 * whose titles do. Cheap word overlap, enough to point an author at the vocabulary.
 */
const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));

export function suggestTags(title: string, tags: { id: string; label: string; labelZh: string }[]): string[] {
  const w = words(title);
  return tags.filter((t) => [...words(`${t.id} ${t.label} ${t.labelZh}`)].some((x) => w.has(x))).map((t) => t.id);
}

export function suggestRelated(title: string, entries: { key: string; title: string }[], limit = 6): string[] {
  const w = words(title);
  return entries
    .map((e) => ({ key: e.key, score: [...words(e.title)].filter((x) => w.has(x)).length }))
    .filter((e) => e.score > 0)
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map((e) => e.key);
}
