/**
 * The Mermaid and Go gates on the mistakes authors make: each bad block lives in its own guide, all are
 * checked in one run (one Mermaid worker, one gofmt, one go vet), and each report is snapshot-tested.
 * The four Mermaid labels are the invalid ones found in the seed articles.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/checks';
import { makeFixture, normalise, type Fixture } from '../helpers/fixture';

const bad: Record<string, string> = {
  'mermaid-nested-brackets': '```mermaid\ngraph TD\n  A[评论] --> B[SyncOp[CommentCreate]]\n```',
  'mermaid-parenthesis': '```mermaid\ngraph TD\n  A[哈希表] --> E[O(1) 匹配]\n```',
  'mermaid-empty-brackets': '```mermaid\ngraph LR\n  A[Java层 byte[]] --> B[Go 层]\n```',
  'mermaid-method-expression': '```mermaid\ngraph TD\n  C[超时] --> D[检查其 stack trace 是否含 net.(*conn).Read]\n```',
  'mermaid-unknown-type': '```mermaid\nflowchat LR\n  A --> B\n```',
  'go-not-gofmt': '```go\npackage main\n\nfunc main() {\n    println("hi")\n}\n```',
  'go-vet': '```go\npackage main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d\\n", "forty-two")\n}\n```',
  'go-fragment-syntax': '```go fragment\nconn, err := net.Dial("tcp", addr\nif err != nil {\n\treturn err\n}\n```',
  'go-unmarked-fragment': '```go\nconn.SetDeadline(time.Now().Add(time.Second))\n```',
  'code-fence-words': '```golang titel="main.go"\npackage main\n```',
  'go-kitex-misspelt': '```go\npackage main\n\nimport (\n\t\"log\"\n\t\"time\"\n\n\t\"github.com/cloudwego/kitex/server\"\n)\n\nfunc main() {\n\tsvr := server.NewServer(server.WithExitWaitTime(5 * time.Second))\n\tif err := svr.Run(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}\n```'.replace('server.NewServer(', 'server.NewServr('),
  'go-unpinned-module': '```go\npackage main\n\nimport "github.com/example/unpinned/widget"\n\nfunc main() {\n\twidget.Run()\n}\n```',
  'go-newer-than-guide': '```go\npackage main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := range 3 {\n\t\tfmt.Println(i)\n\t}\n}\n```',
  'go-library-newer-than-guide': '```go\npackage main\n\nimport (\n\t"fmt"\n\t"slices"\n)\n\nfunc main() {\n\tfmt.Println(slices.Collect(slices.Values([]int{1, 2})))\n}\n```',
};
const fixed: Record<string, string> = {
  'mermaid-quoted-labels':
    '```mermaid\ngraph TD\n  A --> B["SyncOp[CommentCreate]"]\n  A --> E["O(1) 匹配"]\n  A --> F["Java层 byte[]"]\n  A --> D["检查其 stack trace 是否含 net.(*conn).Read"]\n```',
  'go-fragment-declarations': '```go fragment\ntype Server struct {\n\taddr string\n}\n\nfunc (s *Server) Addr() string { return s.addr }\n```',
  'go-diff-notation': '```go fragment\nbuf := new(bytes.Buffer) // [!code --]\nbuf := pool.Get().(*bytes.Buffer) // [!code ++]\ndefer pool.Put(buf)\n```',
  'go-kitex': '```go\npackage main\n\nimport (\n\t\"log\"\n\t\"time\"\n\n\t\"github.com/cloudwego/kitex/server\"\n)\n\nfunc main() {\n\tsvr := server.NewServer(server.WithExitWaitTime(5 * time.Second))\n\tif err := svr.Run(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}\n```',
};
/** The guide's goVersion where a case needs one other than 1.19. */
const goVersions: Record<string, string> = { 'go-library-newer-than-guide': '1.22', 'go-kitex': '1.26', 'go-kitex-misspelt': '1.26', 'go-unpinned-module': '1.26' };

const guide = (id: string, body: string) =>
  `---\ntitle: ${id}\nsummary: A guide with one code block, used by the checker tests.\nlevel: beginner\ngoVersion: '${goVersions[id] ?? '1.19'}'\nprojects: [alpha]\nupdated: 2026-11-20\ntags: [rpc]\nsources: [alpha-repo]\n---\n\n${body}\n`;

let fixture: Fixture;
let problems: Problem[];
const reportFor = (id: string) =>
  normalise(
    problems
      .filter((p) => p.file.endsWith(`/guides/${id}.md`))
      .map(formatProblem)
      .join('\n'),
    fixture,
  );

beforeAll(async () => {
  fixture = makeFixture('check-code-gates');
  for (const [id, body] of Object.entries({ ...bad, ...fixed })) fixture.write(`guides/${id}.md`, guide(id, body));
  // The gates under test block; warnings (orphan pages, short summaries) have their own tests.
  problems = (await checkContent(fixture.content)).filter((p) => p.severity === "error");
});

describe('the Mermaid gate', () => {
  test('names a label with brackets inside brackets, and gives the quoted label as the fix', () => {
    expect(reportFor('mermaid-nested-brackets')).toMatchInlineSnapshot(`
      "content/guides/mermaid-nested-brackets.md:14: mermaid-syntax: mermaid cannot parse \`A[评论] --> B[SyncOp[CommentCreate]]\`: Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND', 'SUBROUTINEEND', 'PIPE', 'CYLINDEREND', 'DIAMOND_STOP', 'TAGEND', 'TRAPEND', 'INVTRAPEND', 'UNICODE_TEXT', 'TEXT', 'TAGSTART', got 'SQS'
          fix: quote the label: B["SyncOp[CommentCreate]"] (unquoted ( ) [ ] end a label early)"
    `);
  });
  test('names a label with parentheses', () => {
    expect(reportFor('mermaid-parenthesis')).toMatchInlineSnapshot(`
      "content/guides/mermaid-parenthesis.md:14: mermaid-syntax: mermaid cannot parse \`A[哈希表] --> E[O(1) 匹配]\`: Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND', 'SUBROUTINEEND', 'PIPE', 'CYLINDEREND', 'DIAMOND_STOP', 'TAGEND', 'TRAPEND', 'INVTRAPEND', 'UNICODE_TEXT', 'TEXT', 'TAGSTART', got 'PS'
          fix: quote the label: E["O(1) 匹配"] (unquoted ( ) [ ] end a label early)"
    `);
  });
  test('names a label ending in []', () => {
    expect(reportFor('mermaid-empty-brackets')).toMatchInlineSnapshot(`
      "content/guides/mermaid-empty-brackets.md:14: mermaid-syntax: mermaid cannot parse \`A[Java层 byte[]] --> B[Go 层]\`: Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND', 'SUBROUTINEEND', 'PIPE', 'CYLINDEREND', 'DIAMOND_STOP', 'TAGEND', 'TRAPEND', 'INVTRAPEND', 'UNICODE_TEXT', 'TEXT', 'TAGSTART', got 'SQS'
          fix: quote the label: A["Java层 byte[]"] (unquoted ( ) [ ] end a label early)"
    `);
  });
  test('names a label holding a Go method expression', () => {
    expect(reportFor('mermaid-method-expression')).toMatchInlineSnapshot(`
      "content/guides/mermaid-method-expression.md:14: mermaid-syntax: mermaid cannot parse \`C[超时] --> D[检查其 stack trace 是否含 net.(*conn).Read]\`: Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND', 'SUBROUTINEEND', 'PIPE', 'CYLINDEREND', 'DIAMOND_STOP', 'TAGEND', 'TRAPEND', 'INVTRAPEND', 'UNICODE_TEXT', 'TEXT', 'TAGSTART', got 'PS'
          fix: quote the label: D["检查其 stack trace 是否含 net.(*conn).Read"] (unquoted ( ) [ ] end a label early)"
    `);
  });
  test('names a misspelt diagram type and suggests the right one', () => {
    expect(reportFor('mermaid-unknown-type')).toMatchInlineSnapshot(`
      "content/guides/mermaid-unknown-type.md:13: mermaid-syntax: mermaid does not know the diagram type "flowchat"
          fix: did you mean "flowchart"? The first line names the diagram type"
    `);
  });
  test('passes the same labels once they are quoted', () => {
    expect(reportFor('mermaid-quoted-labels')).toBe('');
  });
});

describe('the Go gate', () => {
  test('names the first line gofmt would change, showing both versions', () => {
    expect(reportFor('go-not-gofmt')).toMatchInlineSnapshot(`
      "content/guides/go-not-gofmt.md:16: gofmt: this Go block is not gofmt-formatted: gofmt writes "\\tprintln(\\"hi\\")" where the block has "    println(\\"hi\\")"
          fix: format the block with gofmt (tabs for indentation; e.g. paste it into x.go and run gofmt -w x.go)"
    `);
  });
  test('runs go vet on complete files and reports its message at the offending line', () => {
    expect(reportFor('go-vet')).toMatchInlineSnapshot(`
      "content/guides/go-vet.md:18: go-vet: go vet (language version 1.19): fmt.Printf format %d has arg "forty-two" of wrong type string
          fix: a block with a package clause must compile and pass go vet: fix the code, or drop the package clause and mark the block \`\`\`go fragment if it is deliberately partial"
    `);
  });
  test('reports a fragment that does not parse, at the line gofmt gave up on', () => {
    expect(reportFor('go-fragment-syntax')).toMatchInlineSnapshot(`
      "content/guides/go-fragment-syntax.md:13: gofmt: gofmt cannot parse this Go block: missing ',' before newline in argument list
          fix: a fragment is checked as statements inside a function, or as declarations when it starts with func, type, var, const or import: make it one of the two"
    `);
  });
  test('asks for a package clause or the fragment mark on a partial block', () => {
    expect(reportFor('go-unmarked-fragment')).toMatchInlineSnapshot(`
      "content/guides/go-unmarked-fragment.md:13: go-fragment: this Go block has no package clause and is not marked \`fragment\`
          fix: start the block with a package clause (then it must compile), or mark a deliberately partial block as \`\`\`go fragment"
    `);
  });
  test('compiles a block against the pinned third-party module, naming the compiler message at its line', () => {
    expect(reportFor('go-kitex-misspelt')).toMatchInlineSnapshot(`
      "content/guides/go-kitex-misspelt.md:23: go-vet: go vet (language version 1.26): undefined: server.NewServr
          fix: a block with a package clause must compile and pass go vet: fix the code, or drop the package clause and mark the block \`\`\`go fragment if it is deliberately partial"
    `);
    expect(reportFor('go-kitex')).toBe('');
  });
  test('names an import that go/go.mod does not pin, and how to pin it', () => {
    expect(reportFor('go-unpinned-module')).toMatchInlineSnapshot(`
      "content/guides/go-unpinned-module.md:15: go-module: github.com/example/unpinned/widget is not in a module pinned by go/go.mod
          fix: this block imports a module that go/go.mod does not pin: run \`cd go && go get <module>@<version>\` for the module of github.com/example/unpinned/widget (the version you checked), add a blank import of it to go/pins.go, then \`go mod tidy\`"
    `);
  });
  test("compiles a guide's blocks at the guide's goVersion: newer syntax and newer library calls fail", () => {
    expect(reportFor('go-newer-than-guide')).toMatchInlineSnapshot(`
      "content/guides/go-newer-than-guide.md:18: go-vet: go vet (language version 1.19): cannot range over 3 (untyped int constant): requires go1.22 or later
          fix: the page's goVersion is 1.19, so its blocks may use only what Go 1.19 has: rewrite this line for Go 1.19, or raise goVersion to 1.22 if the page really needs it"
    `);
    expect(reportFor('go-library-newer-than-guide')).toMatchInlineSnapshot(`
      "content/guides/go-library-newer-than-guide.md:21: go-vet: go vet (language version 1.22): slices.Collect requires go1.23 or later (file is go1.22)
          fix: the page's goVersion is 1.22, so its blocks may use only what Go 1.22 has: rewrite this line for Go 1.22, or raise goVersion to 1.23 if the page really needs it"
    `);
  });
  test('accepts fragments of declarations, and checks diff blocks as the code after the change', () => {
    expect(reportFor('go-fragment-declarations')).toBe('');
    expect(reportFor('go-diff-notation')).toBe('');
  });
});

describe('code fences', () => {
  test('name an unknown language and an unknown meta word, with suggestions', () => {
    expect(reportFor('code-fence-words')).toMatchInlineSnapshot(`
      "content/guides/code-fence-words.md:12: code-fence: "golang" is not a language the site can highlight
          fix: did you mean \`\`\`go? (or use \`\`\`text for plain text)
      content/guides/code-fence-words.md:12: code-fence: unknown word "titel="main.go"" after \`\`\`golang
          fix: did you mean "title"? a fence may carry: title="…", {1,3-5}, ins={…}, del={…}, fragment"
    `);
  });
});

test('no other file gets a problem from the gates', () => {
  const ids = Object.keys(bad);
  expect(problems.filter((p) => !ids.some((id) => p.file.endsWith(`/guides/${id}.md`)))).toEqual([]);
});
