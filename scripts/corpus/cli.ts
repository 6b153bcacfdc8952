/** `npm run corpus`: writes a synthetic corpus to disk and prints its counts and digest. Flags: `--help`. */
import { parseCorpusArgs, usage } from './args';
import { corpusSummary, generateCorpus, writeCorpus } from './index';

const args = (() => {
  try {
    return parseCorpusArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
})();
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const corpus = generateCorpus(args.entries, args);
writeCorpus(corpus, args.out);
console.log(JSON.stringify(corpusSummary(corpus, args.out), null, 2));
