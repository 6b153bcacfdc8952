/** The flags of `npm run corpus` (see `usage`), parsed without dependencies. */
import { corpusModes, defaultSeed, isCorpusMode, type CorpusMode } from './index';
import { minEntries } from './plan';

export interface CorpusArgs {
  entries: number;
  mode: CorpusMode;
  seed: number;
  /** Share of entries translated, when given; otherwise the mode's. */
  translated?: number;
  /** The content root to write (emptied first). */
  out: string;
  help: boolean;
}

export const usage = `npm run corpus -- [flags]

Writes a synthetic content tree (the generator of npm run bench), valid for npm run check:content.

  --entries 1000        Markdown entries N (sources N/2, tags N/40)
  --mode bench|search   bench: filler prose, byte-identical for the same N and seed (the default);
                        search: prose resampled from content/, so a search index holds the site's words
  --translated 0.3      share of entries with a Chinese translation (bench 0.2, search 0.3)
  --seed 20261123       generator seed
  --out DIR             the content root to write (emptied first; default tests/.tmp/<mode>-corpus/content)
  --help                this text

Search at scale:
  npm run corpus -- --mode search --entries 1000
  ATLAS_CONTENT_DIR=tests/.tmp/search-corpus/content ATLAS_OUT_DIR=tests/.tmp/search-corpus/dist npm run build
  npm run bench:search -- --dist tests/.tmp/search-corpus/dist`;

export function parseCorpusArgs(argv: string[]): CorpusArgs {
  const args: Omit<CorpusArgs, 'out'> & { out?: string } = { entries: 1000, mode: 'bench', seed: defaultSeed, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    const integer = (min: number) => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} takes an integer of at least ${min}, got "${v}"`);
      return n;
    };
    switch (flag) {
      case '--entries':
        args.entries = integer(minEntries);
        break;
      case '--mode': {
        const mode = value();
        if (!isCorpusMode(mode)) throw new Error(`--mode is one of ${Object.keys(corpusModes).join(', ')}, got "${mode}"`);
        args.mode = mode;
        break;
      }
      case '--translated': {
        const v = value();
        const share = Number(v);
        if (!(share >= 0 && share <= 1)) throw new Error(`--translated is a share between 0 and 1, got "${v}"`);
        args.translated = share;
        break;
      }
      case '--seed':
        args.seed = integer(0);
        break;
      case '--out':
        args.out = value();
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new Error(`unknown flag ${flag}\n\n${usage}`);
    }
  }
  return { ...args, out: args.out ?? `tests/.tmp/${args.mode}-corpus/content` };
}
