/** The flags of `npm run bench` (see `usage`), parsed without dependencies. */
import { defaultSeed } from '../corpus';
import { minEntries } from '../corpus/plan';

export interface BenchOptions {
  sizes: number[];
  /** Cold runs per size, aligned with `sizes`. */
  runs: number[];
  seed: number;
  baseline: boolean;
  rebuilds: boolean;
  dev: boolean;
  workDir: string;
  verbose: boolean;
  /** After the measured runs, one more Go Atlas cold build under `--cpu-prof`, summarised. */
  profile: boolean;
  /** Only write the corpus of the first size to this folder, print its digest, and stop. */
  generateOnly?: string;
  help: boolean;
}

export const usage = `npm run bench -- [flags]

Builds Go Atlas and a minimal Astro 7 baseline over the same synthetic corpus and prints the tables.

  --sizes 200,1000,5000   corpus sizes N (Markdown entries; sources N/2, tags N/40, zh translations N/5)
  --runs 3,3,1            cold builds per size: one number for every size, or one per size (median reported)
  --seed 20261123         generator seed (same seed and size → byte-identical corpus)
  --skip-baseline         build Go Atlas only (no ratios)
  --skip-rebuilds         no no-change / edited-entry rebuilds
  --skip-dev              no dev-server edit check (by default it runs once, at the smallest size)
  --work-dir DIR          corpora, outputs, caches and results (default tests/.tmp/bench, gitignored)
  --verbose               echo every build's log
  --profile               after the measured runs, one extra Go Atlas cold build under node --cpu-prof
                          (not counted in the figures), and a summary of where its main thread spent time
  --generate-only DIR     write the corpus of the first --sizes value to DIR, print its digest, stop
  --help                  this text

Quick look while developing: npm run bench -- --sizes 100 --runs 1 --skip-dev
The full issue run (about 45 minutes on 2 quiet cores): npm run bench -- --sizes 200,1000,5000 --runs 3,3,1`;

function numbers(flag: string, value: string | undefined): number[] {
  const list = (value ?? '').split(',').map((v) => Number(v.trim()));
  if (!value || list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${flag} takes positive integers separated by commas, got "${value ?? ''}"`);
  return list;
}

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [200, 1000, 5000],
    runs: [],
    seed: defaultSeed,
    baseline: true,
    rebuilds: true,
    dev: true,
    workDir: 'tests/.tmp/bench',
    verbose: false,
    profile: false,
    help: false,
  };
  let runs: number[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--sizes':
        options.sizes = numbers(flag, value());
        break;
      case '--runs':
        runs = numbers(flag, value());
        break;
      case '--seed':
        options.seed = numbers(flag, value())[0]!;
        break;
      case '--skip-baseline':
        options.baseline = false;
        break;
      case '--skip-rebuilds':
        options.rebuilds = false;
        break;
      case '--skip-dev':
        options.dev = false;
        break;
      case '--work-dir':
        options.workDir = value();
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--profile':
        options.profile = true;
        break;
      case '--generate-only':
        options.generateOnly = value();
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown flag ${flag}\n\n${usage}`);
    }
  }
  const small = options.sizes.find((n) => n < minEntries);
  if (small !== undefined) throw new Error(`--sizes: ${small} is too small; a corpus needs at least ${minEntries} entries`);
  if (runs && runs.length !== 1 && runs.length !== options.sizes.length) {
    throw new Error(`--runs has ${runs.length} values for ${options.sizes.length} sizes: give one number, or one per size`);
  }
  // Default: three runs where affordable, one at 5,000 and above.
  options.runs = options.sizes.map((n, i) => (runs ? (runs.length === 1 ? runs[0]! : runs[i]!) : n >= 5000 ? 1 : 3));
  return options;
}
