import path from 'node:path';
import { splitKey } from '../../knowledge/graph';
import { defineRule } from './types';

/** Splits `relations[0].target` into ['relations', 0, 'target'] to find its line. */
export const fieldPath = (field: string): (string | number)[] =>
  field.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

function danglingRule<K extends 'unknown-reference' | 'unknown-tag'>(name: K, description: string, tags: boolean) {
  return defineRule({
    name: 'references',
    runs: 'in-process',
    kinds: { [name]: { severity: 'error', description } } as Record<K, { severity: 'error'; description: string }>,
    check(ctx) {
      // An unreadable tags.yaml is reported once (yaml-syntax); every tag would otherwise look unknown.
      if (tags && ctx.tree.tagsError) return [];
      return ctx.graph.dangling
        .filter(({ ref }) => ref.target.startsWith('tags/') === tags && !ctx.byKey.has(ref.target))
        .map(({ from, ref }) => {
          const file = ctx.byKey.get(from)!;
          const { collection, id } = splitKey(ref.target);
          return {
            file: file.file,
            line: file.lineOf(fieldPath(ref.field)),
            rule: name,
            message: tags
              ? `${ref.field}: unknown tag "${id}"`
              : `${ref.field}: "${id}" does not exist in ${collection}`,
            fix: tags
              ? `use a tag listed in content/tags.yaml, or add "${id}" there with a label, labelZh, description and descriptionZh`
              : `create ${path.relative(process.cwd(), path.join(ctx.tree.root, collection, id))}.${collection === 'sources' ? 'yaml' : 'md'} or correct the id`,
          };
        });
    },
  });
}

export const unknownReference = danglingRule(
  'unknown-reference',
  'every reference in frontmatter (projects, orgs, sources) names an existing entry',
  false,
);
export const unknownTag = danglingRule('unknown-tag', 'tags come from the closed vocabulary in content/tags.yaml', true);
