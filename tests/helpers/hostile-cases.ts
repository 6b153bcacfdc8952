/**
 * What a hurried contributor, a broken editor and a hostile pull request send. Each case changes the good
 * fixture site in one way; the checker must name the file, the line and the fix (or, for the good-input
 * cases, find nothing). tests/checks/hostile-content.test.ts snapshots every report.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { alphaFigureText, caseTranslation } from './bad-cases';
import type { Fixture } from './fixture';

export interface HostileCase {
  name: string;
  mutate(f: Fixture): void;
  /** `file:line: rule` the report must contain; undefined: the content must pass. */
  expect?: string;
}

const body = (f: Fixture, md: string) => f.edit('projects/beta.md', 'Beta runs one event loop per core [@beta-docs].', md);
const mdxCase = (f: Fixture, md: string) => f.edit('cases/alpha-at-example.mdx', 'Alpha served 228,437 requests per second in the benchmark [@alpha-bench].', md);
const bytes = (f: Fixture, file: string, data: Buffer) => writeFileSync(path.join(f.content, file), data);

export const hostileCases: HostileCase[] = [
  // Markup that would run on a reader's page.
  { name: 'a script element in a body', mutate: (f) => body(f, 'Beta is fast. <script>alert(1)</script>'), expect: 'content/projects/beta.md:17: raw-html' },
  { name: 'an image with an event handler', mutate: (f) => body(f, '<img src=x onerror=alert(1)>'), expect: 'content/projects/beta.md:17: raw-html' },
  { name: 'an iframe block', mutate: (f) => body(f, '<iframe src="https://example.org"></iframe>'), expect: 'content/projects/beta.md:17: raw-html' },
  { name: 'a javascript: link', mutate: (f) => body(f, 'See [the docs](javascript:alert(1)).'), expect: 'content/projects/beta.md:17: unsafe-url' },
  { name: 'a javascript: link disguised with an entity and mixed case', mutate: (f) => body(f, 'See [the docs](JaVa&#x73;cript:alert(1)).'), expect: 'content/projects/beta.md:17: unsafe-url' },
  { name: 'a javascript: link reference definition', mutate: (f) => body(f, 'See [the docs][d].\n\n[d]: javascript:alert(1)'), expect: 'content/projects/beta.md:19: unsafe-url' },
  { name: 'a data: link', mutate: (f) => body(f, 'See [this](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).'), expect: 'content/projects/beta.md:17: unsafe-url' },
  { name: 'an image loaded from another site', mutate: (f) => body(f, '![diagram](https://tracker.example.com/pixel.png)'), expect: 'content/projects/beta.md:17: unsafe-url' },
  { name: 'a source whose url is javascript:', mutate: (f) => f.edit('sources/beta-docs.yaml', 'url: https://example.org/beta/docs', 'url: "javascript:alert(document.cookie)"'), expect: 'content/sources/beta-docs.yaml:2: schema' },
  { name: 'a project homepage on file:', mutate: (f) => f.edit('projects/beta.md', 'homepage: https://example.org/beta', 'homepage: file:///etc/passwd'), expect: 'content/projects/beta.md:5: schema' },
  // MDX that runs code at build time, or that only fails deep inside the build.
  { name: 'an MDX expression', mutate: (f) => mdxCase(f, 'Total: {process.exit(1)}'), expect: 'content/cases/alpha-at-example.mdx:67: raw-html' },
  { name: 'an MDX export', mutate: (f) => mdxCase(f, 'export const leaked = process.env\n\nText.'), expect: 'content/cases/alpha-at-example.mdx:67: raw-html' },
  { name: 'an MDX import of a component that does not exist', mutate: (f) => mdxCase(f, "import Callout from '../../../../../src/components/content/Callout.astro'\n\n<Callout>Read this.</Callout>"), expect: 'content/cases/alpha-at-example.mdx:67: raw-html' },
  { name: 'an MDX component used without an import', mutate: (f) => mdxCase(f, '<Callout>Read this.</Callout>'), expect: 'content/cases/alpha-at-example.mdx:67: raw-html' },
  { name: 'an HTML element in MDX', mutate: (f) => mdxCase(f, '<div onClick={() => fetch("/")}>click</div>'), expect: 'content/cases/alpha-at-example.mdx:67: raw-html' },
  { name: 'an unclosed MDX tag', mutate: (f) => mdxCase(f, 'Some text.\n\n<Callout>\n\nnever closed'), expect: 'content/cases/alpha-at-example.mdx:69: markdown-syntax' },
  // Files that would be silently dropped or published wrongly.
  { name: 'an entry in a misspelt folder', mutate: (f) => f.write('project/gamma.md', '---\ntitle: Gamma\n---\n'), expect: 'content/project/:1: unknown-file' },
  { name: 'a file name with spaces and capitals', mutate: (f) => f.copy('projects/beta.md', 'projects/My Project.md'), expect: 'content/projects/My Project.md:1: unknown-file' },
  { name: 'a file name with a Cyrillic look-alike letter', mutate: (f) => f.copy('projects/beta.md', 'projects/bet\u0430.md'), expect: 'content/projects/betа.md:1: unknown-file' },
  { name: 'a symbolic link', mutate: (f) => symlinkSync('/etc/hostname', path.join(f.content, 'projects/gamma.md')), expect: 'content/projects/gamma.md:1: unknown-file' },
  { name: 'a YAML file among Markdown entries', mutate: (f) => f.copy('sources/beta-docs.yaml', 'projects/beta-docs.yaml'), expect: 'content/projects/beta-docs.yaml:1: unknown-file' },
  { name: 'a translation of a source', mutate: (f) => f.copy('sources/beta-docs.yaml', 'sources/beta-docs.zh.yaml'), expect: 'content/sources/beta-docs.zh.yaml:1: unknown-file' },
  { name: 'a file too large to be a page', mutate: (f) => f.write('projects/gamma.md', `---\ntitle: Gamma\n---\n${'x'.repeat(1024 * 1024)}`), expect: 'content/projects/gamma.md:1: unknown-file' },
  { name: 'a date that does not exist', mutate: (f) => f.edit('projects/beta.md', 'checked: 2026-11-01', 'checked: 2024-02-30'), expect: 'content/projects/beta.md:12: schema' },
  { name: 'bytes that are not UTF-8', mutate: (f) => bytes(f, 'projects/beta.md', Buffer.concat([Buffer.from('---\ntitle: Beta\n---\n\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])])), expect: 'content/projects/beta.md:5: file-encoding' },
  { name: 'the same ledger id on two fact checks', mutate: (f) => { f.edit('claims/alpha-is-go.md', 'checked: 2026-11-01', 'checked: 2026-11-01\nledgerId: S9-01'); f.edit('claims/beta-is-java.md', 'checked: 2026-11-01', 'checked: 2026-11-01\nledgerId: S9-01'); }, expect: 'content/claims/beta-is-java.md:12: duplicate-ledger-id' },
  { name: 'two source entries for the same URL', mutate: (f) => f.copy('sources/beta-docs.yaml', 'sources/beta-documentation.yaml'), expect: 'content/sources/beta-documentation.yaml:2: duplicate-source' },
  // Vague reports: each must lead with the broken file's own problem.
  { name: 'a syntax error in tags.yaml', mutate: (f) => f.write('tags.yaml', 'rpc:\n  label: RPC\n  labelZh: RPC\n  description: Remote calls: frameworks and protocols.\n'), expect: 'content/tags.yaml:4: yaml-syntax' },
  { name: 'a broken entry that others link to by anchor', mutate: (f) => f.edit('projects/beta.md', 'title: Beta', 'title: "Beta'), expect: 'content/projects/beta.md:2: yaml-syntax' },
  { name: 'a file with no frontmatter', mutate: (f) => f.write('projects/gamma.md', '# Gamma\n\nNo frontmatter here.\n'), expect: 'content/projects/gamma.md:1: yaml-syntax' },
  { name: 'an empty file', mutate: (f) => f.write('projects/gamma.md', ''), expect: 'content/projects/gamma.md:1: yaml-syntax' },
  { name: 'a frontmatter block that is never closed', mutate: (f) => f.write('projects/gamma.md', '---\ntitle: Gamma\nsummary: The block never ends.\n\n## Body\n'), expect: 'content/projects/gamma.md:1: yaml-syntax' },
  // Hostile or broken YAML.
  { name: 'a YAML alias bomb', mutate: (f) => f.write('sources/bomb.yaml', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\n`), expect: 'content/sources/bomb.yaml:1: yaml-syntax' },
  { name: 'deeply nested YAML', mutate: (f) => f.write('sources/deep.yaml', `title: ${'['.repeat(5000)}${']'.repeat(5000)}\n`), expect: 'content/sources/deep.yaml:1: yaml-syntax' },
  { name: 'a duplicated frontmatter key', mutate: (f) => f.edit('projects/beta.md', 'license: MIT', 'license: MIT\nlicense: Apache-2.0'), expect: 'content/projects/beta.md:8: yaml-syntax' },
  { name: 'a YAML type tag', mutate: (f) => f.edit('projects/beta.md', 'license: MIT', 'license: !!js/function "function () { return 1 }"'), expect: 'content/projects/beta.md:7: yaml-syntax' },
  { name: 'a __proto__ key', mutate: (f) => f.edit('projects/beta.md', 'license: MIT', 'license: MIT\n__proto__: { polluted: true }'), expect: 'content/projects/beta.md:8: schema' },
  // Text that reads differently from what it is.
  { name: 'a right-to-left override in a title', mutate: (f) => f.edit('projects/beta.md', 'title: Beta', 'title: "Beta \u202eatad"'), expect: 'content/projects/beta.md:2: control-characters' },
  { name: 'a control character in the body', mutate: (f) => body(f, 'Beta runs\u0008 one event loop per core [@beta-docs].'), expect: 'content/projects/beta.md:17: control-characters' },
  { name: 'a relative link out of the content folder', mutate: (f) => body(f, 'See [the keys](../../../../../../etc/keys.md).'), expect: 'content/projects/beta.md:17: broken-link' },
  // Good input that must pass.
  {
    name: 'a translation that words every figure (good)',
    mutate: (f) => f.write('cases/alpha-at-example.zh.mdx', caseTranslation(alphaFigureText)),
  },
  { name: 'Windows line endings (good)', mutate: (f) => f.write('projects/beta.md', readBeta(f).replace(/\n/g, '\r\n')) },
  { name: 'a UTF-8 byte-order mark (good)', mutate: (f) => f.write('projects/beta.md', `\uFEFF${readBeta(f)}`) },
  { name: 'an HTML comment (good)', mutate: (f) => body(f, 'Beta runs one event loop per core [@beta-docs].\n\n<!-- Note for reviewers: add the benchmark once it is published. -->') },
  { name: 'hidden editor files (good)', mutate: (f) => { mkdirSync(path.join(f.content, 'projects'), { recursive: true }); f.write('projects/.beta.md.swp', 'x'); f.write('.DS_Store', 'x'); } },
];

function readBeta(f: Fixture): string {
  return readFileSync(path.join(f.content, 'projects/beta.md'), 'utf8');
}
