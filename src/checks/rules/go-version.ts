import { compareVersions } from '../../go-examples/blocks';
import { goModuleFolder, readGoModule } from '../../go-examples/module';
import { defineRule } from './types';

/** A guide cannot ask for a newer Go than the one its examples are compiled with. */
export const goVersion = defineRule({
  name: 'go-version',
  runs: 'in-process',
  kinds: {
    'go-version': { severity: 'error', description: "a guide's `goVersion` is not newer than the Go its examples are checked with (the `go` line of go/go.mod)" },
  },
  check(ctx) {
    const guides = ctx.files.filter((f) => f.collection === 'guides' && f.locale === 'en' && f.valid);
    if (!guides.length) return [];
    const { goVersion: checked } = readGoModule(ctx.repoRoot);
    return guides.flatMap((f) => {
      const wanted = (f.valid as { goVersion: string }).goVersion;
      if (compareVersions(wanted, checked) <= 0) return [];
      return [
        {
          file: f.file,
          line: f.lineOf(['goVersion']),
          rule: 'go-version',
          message: `goVersion: "${wanted}" is newer than Go ${checked}, the version the examples are compiled with`,
          fix: `lower goVersion to ${checked} or below, or raise the \`go\` line of ${goModuleFolder}/go.mod (then every machine and CI needs that Go)`,
        },
      ];
    });
  },
});
