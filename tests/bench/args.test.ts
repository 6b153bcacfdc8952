import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../scripts/bench/args';

describe('npm run bench flags', () => {
  test.each([
    [[], { sizes: [200, 1000, 5000], runs: [3, 3, 1] }],
    [['--sizes', '100'], { sizes: [100], runs: [3] }],
    [['--sizes', '200,1000', '--runs', '2'], { sizes: [200, 1000], runs: [2, 2] }],
    [['--sizes', '200,5000', '--runs', '3,1'], { sizes: [200, 5000], runs: [3, 1] }],
  ])('%j → %j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  test('switches and values', () => {
    expect(parseArgs(['--skip-baseline', '--skip-rebuilds', '--skip-dev', '--profile', '--seed', '7', '--work-dir', 'x'])).toMatchObject({
      baseline: false,
      rebuilds: false,
      dev: false,
      profile: true,
      seed: 7,
      workDir: 'x',
    });
  });

  test.each([
    [['--sizes', '5'], '--sizes: 5 is too small; a corpus needs at least 10 entries'],
    [['--sizes', '200,1000', '--runs', '3,3,1'], '--runs has 3 values for 2 sizes: give one number, or one per size'],
    [['--sizes', 'many'], '--sizes takes positive integers separated by commas, got "many"'],
    [['--work-dir'], '--work-dir needs a value'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  test('an unknown flag is refused with the usage', () => {
    expect(() => parseArgs(['--size', '200'])).toThrow(/unknown flag --size\n\nnpm run bench -- \[flags\]/);
  });
});
