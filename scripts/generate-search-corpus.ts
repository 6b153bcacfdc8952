/**
 * `npx tsx scripts/generate-search-corpus.ts [--entries 1000] [--translated 0.3] [--out tests/.tmp/search-corpus/content]`
 * writes a large, valid content tree for measuring search at scale: fictional projects, organisations,
 * cases, guides and claims whose prose is resampled from the real content (English) and from the Chinese
 * translations of the real content and the search fixture, so word frequencies look like the site's.
 * Every entry cites generated sources, so the tree passes `npm run check:content -- --root <out>`.
 * Then: `ATLAS_CONTENT_DIR=<out> ATLAS_OUT_DIR=<out>/../dist npx astro build` and
 * `npm run bench:search -- --dist <out>/../dist`.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const entries = Number(option('--entries', '1000'));
const translated = Number(option('--translated', '0.3'));
const out = path.resolve(option('--out', 'tests/.tmp/search-corpus/content'));

/** Deterministic randomness (mulberry32), so two runs write the same corpus. */
let seed = 20261123;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const some = <T>(xs: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(xs)))];
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

// Prose to resample.
function markdownFiles(dir: string, test: (f: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
}
function sentencesOf(file: string, splitter: RegExp): string[] {
  const body = readFileSync(file, 'utf8')
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^(?:import|export) .*$/gm, '')
    .replace(/\[@[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/<[^>]+>/g, '');
  return body
    .split('\n')
    .filter((line) => line && !/^\s*(?:#|>|\||-|\*|\d+\.)/.test(line))
    .join(' ')
    .split(splitter)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.length <= 320 && !s.includes('{'));
}
const english = markdownFiles('content', (f) => /\.mdx?$/.test(f) && !f.includes('.zh.')).flatMap((f) => sentencesOf(f, /(?<=[.!?])\s+/));
const chinese = [...markdownFiles('content', (f) => f.includes('.zh.')), ...markdownFiles('tests/fixtures/search/content', (f) => f.includes('.zh.'))]
  .flatMap((f) => sentencesOf(f, /(?<=。)/))
  .filter((s) => /[\u4e00-\u9fff]/.test(s));
const zhSubjects = ['网关', '调度器', '连接池', '缓存层', '消息队列', '服务注册中心', '配置中心', '日志管道', '限流器', '负载均衡器', '存储引擎', '编解码器'];
const zhActions = ['降低了尾延迟', '减少了内存分配', '提高了吞吐量', '缩短了垃圾回收停顿', '简化了部署', '减少了协程数量', '避免了数据拷贝', '稳定了连接数'];
const zhContexts = ['在高并发场景下', '在灰度发布期间', '在压测中', '在多核服务器上', '在容器环境里', '在跨机房部署时'];
const zhSentence = (name: string) => `${name} 的${pick(zhSubjects)}${pick(zhContexts)}${pick(zhActions)}。`;

// Names and vocabularies.
const syllables = ['ka', 'to', 'ri', 'mo', 'lan', 'ver', 'qui', 'sen', 'dra', 'pol', 'nix', 'tor', 'vel', 'zan', 'bru', 'fen', 'gal', 'hex', 'jor', 'kel', 'mur', 'osk', 'pra', 'sul'];
const usedNames = new Set<string>();
function name(): string {
  for (;;) {
    const n = Array.from({ length: between(2, 3) }, () => pick(syllables)).join('');
    const title = n[0]!.toUpperCase() + n.slice(1);
    if (!usedNames.has(title)) {
      usedNames.add(title);
      return title;
    }
  }
}
const tags = Object.keys(parse(readFileSync('content/tags.yaml', 'utf8')) as Record<string, unknown>);
const categories = ['rpc-framework', 'http-framework', 'networking', 'service-mesh', 'orchestration', 'database', 'storage', 'observability', 'developer-tool', 'library', 'consensus'];
const headings = ['Design', 'Architecture', 'Performance', 'Operations', 'Memory', 'Concurrency', 'Deployment', 'Limits', 'History', 'Configuration'];
const zhHeadings = ['设计', '架构', '性能', '运维', '内存', '并发', '部署', '限制', '历史', '配置'];
const sources = Array.from({ length: 40 }, (_, i) => `gen-source-${i}`);
const date = () => `2026-${String(between(1, 10)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
const cite = () => `[@${pick(sources)}]`;
const yamlList = (xs: string[]) => `[${xs.join(', ')}]`;
const quote = (s: string) => JSON.stringify(s);

function englishBody(title: string): string {
  return Array.from({ length: between(3, 5) }, () => {
    const sentences = Array.from({ length: between(3, 6) }, () => pick(english));
    sentences[0] = `${title}: ${sentences[0]}`;
    return `## ${pick(headings)} of ${title}\n\n${sentences.join(' ')} ${cite()}\n`;
  }).join('\n');
}
function chineseBody(title: string): string {
  return Array.from({ length: between(3, 5) }, () => {
    const sentences = Array.from({ length: between(3, 6) }, () => (random() < 0.5 ? pick(chinese) : zhSentence(title)));
    return `## ${title} 的${pick(zhHeadings)}\n\n${sentences.join('')}${cite()}\n`;
  }).join('\n');
}

// Write the tree.
rmSync(out, { recursive: true, force: true });
for (const dir of ['projects', 'orgs', 'cases', 'guides', 'claims', 'sources']) mkdirSync(path.join(out, dir), { recursive: true });
writeFileSync(path.join(out, 'tags.yaml'), readFileSync('content/tags.yaml'));
for (const s of sources) {
  writeFileSync(
    path.join(out, 'sources', `${s}.yaml`),
    `title: Generated source ${s}\nurl: https://example.org/${s}\npublisher: Example Org\npublished: '2025'\naccessed: 2026-11-01\nlanguage: en\nkind: docs\n`,
  );
}
const plan = ['projects', 'projects', 'projects', 'projects', 'projects', 'projects', 'orgs', 'cases', 'cases', 'cases', 'guides', 'guides', 'guides', 'guides', 'guides', 'claims', 'claims', 'claims', 'claims', 'claims'] as const;
const orgIds: string[] = [];
const projectIds: string[] = [];
let written = 0;
let translations = 0;
// Organisations and projects first, so later entries can reference them.
const rank = (c: string) => (c === 'orgs' ? 0 : c === 'projects' ? 1 : 2);
const order = Array.from({ length: entries }, (_, i) => plan[i % plan.length]!).sort((a, b) => rank(a) - rank(b));
for (const [i, collection] of order.entries()) {
  const title = name();
  const id = `${title.toLowerCase()}-${i}`;
  const summary = `${title} is a fictional ${collection.slice(0, -1)} generated to measure search: ${pick(english).slice(0, 150)}`.slice(0, 235);
  const base = `title: ${quote(title)}\nsummary: ${quote(summary)}\n`;
  let front: string;
  switch (collection) {
    case 'orgs':
      front = `${base}website: https://example.org/${id}\ncountry: ${pick(['CN', 'US', 'DE', 'JP'])}\nkind: company\ntags: ${yamlList(some(tags, 2))}\nsources: [${pick(sources)}]\n`;
      orgIds.push(id);
      break;
    case 'projects':
      front =
        `${base}repository: example/${id}\nhomepage: https://example.org/${id}\nlanguages: [go]\nlicense: Apache-2.0\n` +
        `status: active\nchecked: ${date()}\ncategory: ${pick(categories)}\norgs:\n  - { org: ${pick(orgIds)}, role: ${pick(['originated', 'maintains', 'uses'])}, source: ${pick(sources)} }\n` +
        `tags: ${yamlList(some(tags, 3))}\nsources: [${pick(sources)}]\n`;
      projectIds.push(id);
      break;
    case 'cases':
      front = `${base}orgs: [${pick(orgIds)}]\nprojects: ${yamlList(some(projectIds, 2))}\nperiod: { from: '2024' }\nupdated: ${date()}\ntags: ${yamlList(some(tags, 2))}\nsources: [${pick(sources)}]\n`;
      break;
    case 'guides':
      front = `${base}level: ${pick(['beginner', 'intermediate', 'advanced'])}\ngoVersion: '1.${between(18, 23)}'\nprojects: ${yamlList(some(projectIds, 2))}\nupdated: ${date()}\ntags: ${yamlList(some(tags, 2))}\nsources: [${pick(sources)}]\n`;
      break;
    case 'claims': {
      const verdict = pick(['confirmed', 'contradicted', 'unverified'] as const);
      front =
        `headline: ${quote(`${title} claim: ${pick(english).slice(0, 80)}`)}\nstatement: ${quote(pick(english))}\ncirculated: { language: en, medium: blog-post }\nverdict: ${verdict}\n` +
        (verdict === 'unverified' ? `searched: ${quote(pick(english))}\nassessment: plausible\n` : '') +
        (verdict === 'contradicted' ? `correction: ${quote(pick(english))}\n` : '') +
        `projects: [${pick(projectIds)}]\n` +
        (verdict === 'unverified' ? '' : `sources: [${pick(sources)}]\n`) +
        `checked: ${date()}\n`;
      break;
    }
  }
  const ext = collection === 'cases' ? 'mdx' : 'md';
  writeFileSync(path.join(out, collection, `${id}.${ext}`), `---\n${front}---\n\n${englishBody(title)}`);
  written++;
  if (random() < translated) {
    const zhTitle = `${title} ${pick(['框架', '网络库', '存储', '实践', '指南', '核查'])}`;
    const zhSummary = `${zhSentence(title)}这是一个为测量搜索而生成的虚构条目。`;
    const fields = collection === 'claims' ? `headline: ${quote(zhTitle)}\nstatement: ${quote(zhSummary)}` : `title: ${quote(zhTitle)}\nsummary: ${quote(zhSummary)}`;
    writeFileSync(path.join(out, collection, `${id}.zh.${ext}`), `---\n${fields}\n---\n\n${chineseBody(title)}`);
    translations++;
  }
}
console.log(`wrote ${written} entries and ${translations} Chinese translations to ${path.relative(process.cwd(), out)}`);
console.log(`(resampled from ${english.length} English and ${chinese.length} Chinese sentences)`);
