import { describe, expect, test } from 'vitest';
import { keyOf, splitKey, type EntryKey } from '../../src/knowledge/graph';
import type { AtlasCollection } from '../../src/schemas';

describe('entry keys', () => {
  // Ids are file paths under the collection folder without the extension (content.config.ts), and the
  // content reader walks nested folders, so `content/guides/gc/tuning.md` has the id `gc/tuning`:
  // a key splits at its first slash only. (Frontmatter references cannot name such an id: their ids
  // match idPattern, which has no slash.)
  test.each<[EntryKey, AtlasCollection, string]>([
    ['projects/etcd', 'projects', 'etcd'],
    ['orgs/bytedance', 'orgs', 'bytedance'],
    ['sources/kitex-docs-2024', 'sources', 'kitex-docs-2024'],
    ['tags/rpc', 'tags', 'rpc'],
    ['guides/gc/tuning', 'guides', 'gc/tuning'],
    ['cases/a/b/c', 'cases', 'a/b/c'],
  ])('%s splits into collection %s and id %s', (key, collection, id) => {
    expect(splitKey(key)).toEqual({ collection, id });
  });

  test.each<[AtlasCollection, string]>([
    ['projects', 'kitex'],
    ['about', 'corrections'],
    ['guides', 'gc/tuning'],
  ])('keyOf(%s, %s) splits back into what made it', (collection, id) => {
    expect(splitKey(keyOf(collection, id))).toEqual({ collection, id });
  });

  test('a key without a slash is a programming error that names the key', () => {
    expect(() => splitKey('etcd' as EntryKey)).toThrowErrorMatchingInlineSnapshot(`[Error: splitKey: "etcd" is not an entry key; keys are collection/id, as made by keyOf]`);
  });
});
