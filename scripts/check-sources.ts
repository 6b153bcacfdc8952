/**
 * `npm run check:sources [-- --report file.md]`: opens every source URL (network!) and lists the dead or
 * moved ones. Run weekly by .github/workflows/sources.yml, which files the report as an issue.
 * Exits 1 when any source needs attention.
 */
import { writeFileSync } from 'node:fs';
import { loadContentTree } from '../src/content-files/read';
import { contentRoot } from '../src/content-files/layout';
import { checkUrl, linkReport } from '../src/maintenance/source-links';

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const sources = loadContentTree(contentRoot()).files.filter((f) => f.collection === 'sources');
const results: Parameters<typeof linkReport>[0] = [];
const queue = [...sources];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const url = String((f.data as { url?: string }).url);
      results.push({ file: f.file, url, status: await checkUrl(url) });
    }
  }),
);
results.sort((a, b) => a.file.localeCompare(b.file));
const report = linkReport(results);
console.log(report);
if (reportAt >= 0) writeFileSync(args[reportAt + 1]!, report);
process.exit(results.some((r) => r.status.kind !== 'ok') ? 1 : 0);
