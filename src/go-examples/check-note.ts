/**
 * What the note under a Go block says it was checked with. The same facts the content gate uses: a block
 * with a package clause compiles and passes go vet at its page's language version against the pinned
 * modules it imports; any other block is a fragment, parsed and gofmt-checked.
 */
import { checkedLanguageVersion, goBlock } from './blocks';
import { moduleOf, readGoModule, type GoModule } from './module';

export type GoCheck = { kind: 'fragment' } | { kind: 'compiles'; goVersion: string; modules: { path: string; version: string }[] };

export function goCheckOf(code: string, pageGoVersion: string | undefined, mod: Pick<GoModule, 'goVersion' | 'requires'>): GoCheck {
  const block = goBlock({ value: code, meta: '' });
  if (!block.complete) return { kind: 'fragment' };
  const modules = [...new Map(block.imports.flatMap((p) => moduleOf(p, mod.requires) ?? []).map((m) => [m.path, m])).values()];
  return { kind: 'compiles', goVersion: checkedLanguageVersion(block, pageGoVersion, mod.goVersion), modules };
}

let cached: GoModule | undefined;

/** go/go.mod, read once per process (a build renders every page with the same pins). */
export function readGoModuleOnce(): GoModule {
  return (cached ??= readGoModule());
}
