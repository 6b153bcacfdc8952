/**
 * `npm run new`: scaffolds a new entry with every field commented.
 *   npm run new -- project kitex --title "Kitex"
 *   npm run new -- case bytedance-kitex --title "ByteDance: Go microservices on Kitex"
 *   npm run new -- translation projects/kitex
 * Kinds: project, org, case, guide, claim, source, translation. Missing arguments are asked for
 * interactively when a terminal is attached.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { contentRoot } from '../src/content-files/layout';
import { createEntry, kinds, type Kind } from '../src/scaffold/create';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
let title = flag('title');
let [kind, id] = args as [string | undefined, string | undefined];
const allKinds = [...Object.keys(kinds), 'translation'];

if ((!kind || !id) && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  kind ??= (await rl.question(`Kind (${allKinds.join(', ')}): `)).trim();
  id ??= (await rl.question(kind === 'translation' ? 'Entry to translate (collection/id, e.g. projects/kitex): ' : 'Id (file name, lower-case-hyphens): ')).trim();
  if (kind !== 'translation') title ??= (await rl.question('Title: ')).trim();
  rl.close();
}
if (!kind || !id || !allKinds.includes(kind)) {
  console.error(`usage: npm run new -- <${allKinds.join('|')}> <id> [--title "Title"]`);
  process.exit(2);
}
const result = createEntry(contentRoot(), { kind: kind as Kind, id, title });
if (!result.ok) {
  console.error(`✖ ${result.error}`);
  process.exit(1);
}
const rel = path.relative(process.cwd(), result.file);
console.log(`✔ created ${rel}`);
if (result.tags.length) console.log(`  tags suggested from the vocabulary: ${result.tags.join(', ')}`);
if (result.related.length) console.log(`  entries that may be related: ${result.related.join(', ')}`);
console.log(`
Next:
  1. Replace every TODO in ${rel} (npm run check:content lists those left).
  2. Add a source file in content/sources/ for each fact you cite (npm run new -- source <id>).
  3. npm run check:content   — fix what it reports; it prints the fix for each problem.
  4. npm run dev             — preview the page as you write.
  5. Open a pull request (CONTRIBUTING.md).`);
