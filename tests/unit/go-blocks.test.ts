import { describe, expect, test } from 'vitest';
import { fenceLineOf, goBlock, isStandardImport, unwrapGo, wrapGo, wrapsFor } from '../../src/go-examples/blocks';

describe('a Go block, as the gates see it', () => {
  test('is the code a reader copies: removed lines and [!code] comments are gone, lines still traceable', () => {
    const b = goBlock({ meta: 'fragment del={2}', value: 'a := 1\nb := 0\nb := 2 // [!code ++]\nc := 3 // [!code --]\nd := a + b' });
    expect(b.lines).toEqual(['a := 1', 'b := 2', 'd := a + b']);
    expect(b.origin).toEqual([1, 3, 5]);
    expect(b.fragment).toBe(true);
  });

  test('is complete when it has a package clause, and knows its imports', () => {
    const b = goBlock({ meta: '', value: '// Command x.\npackage main\n\nimport (\n\t"fmt"\n\tkitex "github.com/cloudwego/kitex/server"\n)\n\nimport "os"\n' });
    expect(b.complete).toBe(true);
    expect(b.imports).toEqual(['fmt', 'github.com/cloudwego/kitex/server', 'os']);
    expect(b.imports.map(isStandardImport)).toEqual([true, false, true]);
  });

  test.each([
    ['x := 1', ['stmts', 'decls']],
    ['func (s *Server) Run() {}', ['decls', 'stmts']],
    ['type T struct{}', ['decls', 'stmts']],
    ['// setup\nvar x = 1', ['decls', 'stmts']],
    ['func() { go serve() }()', ['stmts', 'decls']],
    ['package p', ['file']],
  ])('%j is tried as %j', (value, wraps) => {
    expect(wrapsFor(goBlock({ meta: 'fragment', value }))).toEqual(wraps);
  });

  test('statements are wrapped in a function with one more tab, and unwrapped back', () => {
    const b = goBlock({ meta: 'fragment', value: 'if ok {\n\treturn\n}' });
    const { text, offset } = wrapGo(b, 'stmts');
    expect(text).toBe('package fragment\n\nfunc _() {\n\tif ok {\n\t\treturn\n\t}\n}\n');
    expect(offset).toBe(3);
    expect(unwrapGo(text, 'stmts')).toEqual(b.lines);
    expect(fenceLineOf(b, 5, 'stmts')).toBe(2);
    expect(fenceLineOf(b, 99, 'stmts')).toBe(3);
  });
});
