/**
 * The structured blocks of a synthetic entry: a Mermaid diagram, a complete Go file (gofmt-clean, passes
 * go vet), a Go fragment and a table. Each varies with the entry, so no two entries carry identical code.
 */
import type { Rng } from './random';

const goWords = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

/** A complete Go program: `package main`, standard-library imports only, so the checker can vet it offline. */
export function goFile(r: Rng, tag: string): string {
  const fn = `entry${tag}`;
  const words = [r.pick(goWords), r.pick(goWords), r.pick(goWords)].map((w) => JSON.stringify(w)).join(', ');
  const variant = r.int(3);
  if (variant === 0) {
    return [
      'package main', '', 'import (', '\t"fmt"', '\t"strings"', ')', '',
      `// ${fn} joins names; synthetic code for benchmarks.`,
      `func ${fn}(names []string) string {`, '\treturn strings.Join(names, ",")', '}', '',
      'func main() {', `\tfmt.Println(${fn}([]string{${words}}))`, '}',
    ].join('\n');
  }
  if (variant === 1) {
    return [
      'package main', '', 'import (', '\t"fmt"', '\t"sync"', ')', '',
      `// ${fn} counts words concurrently; synthetic code for benchmarks.`,
      `func ${fn}(words []string) int {`, '\tvar mu sync.Mutex', '\tvar wg sync.WaitGroup', '\ttotal := 0',
      '\tfor _, w := range words {', '\t\twg.Add(1)', '\t\tgo func(w string) {', '\t\t\tdefer wg.Done()',
      '\t\t\tmu.Lock()', '\t\t\ttotal += len(w)', '\t\t\tmu.Unlock()', '\t\t}(w)', '\t}', '\twg.Wait()',
      '\treturn total', '}', '', 'func main() {', `\tfmt.Println(${fn}([]string{${words}}))`, '}',
    ].join('\n');
  }
  return [
    'package main', '', 'import (', '\t"context"', '\t"fmt"', '\t"time"', ')', '',
    `// ${fn} waits for a result or the deadline; synthetic code for benchmarks.`,
    `func ${fn}(ctx context.Context, results <-chan string) (string, error) {`, '\tselect {',
    '\tcase r := <-results:', '\t\treturn r, nil', '\tcase <-ctx.Done():', '\t\treturn "", ctx.Err()', '\t}', '}', '',
    'func main() {', '\tctx, cancel := context.WithTimeout(context.Background(), time.Second)', '\tdefer cancel()',
    '\tresults := make(chan string, 1)', `\tresults <- ${words.split(', ')[0]}`, `\tfmt.Println(${fn}(ctx, results))`, '}',
  ].join('\n');
}

/** A statements-only Go fragment (checked by gofmt after wrapping in a function). */
export function goFragment(r: Rng, tag: string): string {
  const name = `buf${tag}`;
  return r.int(2) === 0
    ? [`${name} := pool.Get().(*bytes.Buffer)`, `${name}.Reset()`, `defer pool.Put(${name})`].join('\n')
    : [`ctx, cancel := context.WithCancel(ctx)`, 'defer cancel()', `if err := serve${tag}(ctx); err != nil {`, '\treturn err', '}'].join('\n');
}

/** A small Mermaid diagram: a flowchart or a sequence diagram. */
export function mermaid(r: Rng, tag: string, next: string): string {
  if (r.int(2) === 0) {
    return [
      'flowchart LR',
      `  C[客户端] -->|request| G["Gateway ${tag}"]`,
      '  G --> Q{Cached?}',
      '  Q -- yes --> R[Reply]',
      `  Q -- no --> S["Service ${next}"]`,
      '  S --> R',
    ].join('\n');
  }
  return [
    'sequenceDiagram',
    '  participant C as Client',
    `  participant S as Service ${tag}`,
    `  participant D as Store ${next}`,
    '  C->>S: Call',
    '  S->>D: Read',
    '  D-->>S: Rows',
    '  S-->>C: Result',
  ].join('\n');
}

/** A Markdown table of settings (words only: the checker treats numbers with units as claims). */
export function table(r: Rng): string {
  const settings = ['batch window', 'queue bound', 'retry budget', 'idle timeout', 'shard count', 'pool size', 'trace sampling'];
  const values = ['short', 'long', 'small', 'large', 'off', 'on', 'adaptive', 'fixed'];
  const effects = ['fewer syscalls', 'lower tail latency', 'less memory', 'faster recovery', 'smoother load', 'simpler operations'];
  const rows = Array.from({ length: 4 }, () => `| ${r.pick(settings)} | ${r.pick(values)} | ${r.pick(effects)} |`);
  return ['| Setting | Value | Effect |', '| --- | --- | --- |', ...rows].join('\n');
}
