/**
 * What readers type, and the page they expect: the relevance suite runs each query against the index of
 * the search fixture (tests/fixtures/search/content), ranked exactly as the search interface ranks.
 * `top: 1` means the page must come first; `top: 3`, among the first three.
 */
export interface Query {
  query: string;
  /** `<html lang>` of the page the search starts from, which picks the index. */
  lang: 'en' | 'zh-CN';
  expect: string;
  top: 1 | 3;
  why: string;
}

const en = (query: string, expect: string, top: 1 | 3, why: string): Query => ({ query, lang: 'en', expect, top, why });
const zh = (query: string, expect: string, top: 1 | 3, why: string): Query => ({ query, lang: 'zh-CN', expect, top, why });

export const queries: Query[] = [
  // Go identifiers, typed as they appear in code.
  en('sync.Pool', '/guides/sync-pool/', 3, 'Go identifier with a dot'),
  en('GOMEMLIMIT', '/guides/gogc-gomemlimit/', 1, 'environment variable'),
  en('net/http', '/guides/net-http-timeouts/', 1, 'import path with a slash'),
  en('context.Context', '/guides/context-cancellation/', 1, 'qualified type name'),
  en('GOGC=off', '/claims/gogc-off-stops-gc/', 3, 'setting with an equals sign'),
  en('GOGC=off', '/guides/gogc-gomemlimit/', 3, 'setting with an equals sign, the guide'),
  en('http.Server', '/guides/net-http-timeouts/', 1, 'qualified type name'),
  en('debug.SetMemoryLimit', '/guides/gogc-gomemlimit/', 1, 'qualified function name'),
  en('runtime/debug', '/guides/gogc-gomemlimit/', 1, 'import path'),
  en('ReadTimeout', '/guides/net-http-timeouts/', 1, 'field name'),
  // Project and organisation names: the page named so comes first, even when another page says it more often.
  en('Tern', '/projects/tern/', 1, 'title equals query; the case study repeats the name more often'),
  en('Heron', '/projects/heron/', 1, 'title equals query; a claim and a case carry it in their titles'),
  en('Skiff', '/projects/skiff/', 1, 'project name'),
  en('Burrow', '/projects/burrow/', 1, 'project name'),
  en('Quill', '/projects/quill/', 1, 'project name'),
  en('Wharf', '/projects/wharf/', 1, 'project name'),
  en('Go', '/projects/go/', 1, 'a two-letter title that most pages mention'),
  en('Northwind Labs', '/orgs/northwind-labs/', 1, 'organisation; the case title contains it too'),
  en('Lumen Foundation', '/orgs/lumen-foundation/', 1, 'organisation'),
  en('northwind labs', '/orgs/northwind-labs/', 1, 'organisation, lower case'),
  // Titles typed in full.
  en('Tuning GOGC and GOMEMLIMIT', '/guides/gogc-gomemlimit/', 1, 'title equals query'),
  en('Tern at Northwind Labs', '/cases/tern-at-northwind/', 1, 'title equals query'),
  en('Zero-copy reads', '/guides/zero-copy-reads/', 1, 'title equals query, with a hyphen'),
  // Concepts.
  en('raft', '/projects/quill/', 3, 'concept in the body'),
  en('zero-copy', '/guides/zero-copy-reads/', 3, 'hyphenated concept'),
  en('goroutine pool', '/guides/goroutine-pools/', 3, 'two words, plural in the title'),
  en('service mesh', '/projects/heron/', 3, 'two-word concept'),
  en('garbage collector', '/guides/gogc-gomemlimit/', 3, 'two-word concept'),
  en('event loop', '/projects/skiff/', 3, 'two-word concept'),
  en('sidecar', '/projects/heron/', 3, 'concept'),
  en('canary releases', '/cases/heron-rollout/', 3, 'concept, stemmed'),
  en('HTTP/2', '/claims/tern-default-http2/', 3, 'protocol name with a slash'),
  en('million requests', '/claims/heron-million-rps/', 3, 'phrase from a claim'),
  // Chinese, on the Chinese index.
  zh('零拷贝', '/zh/guides/zero-copy-reads/', 3, 'zero-copy'),
  zh('零拷贝', '/zh/projects/skiff/', 3, 'zero-copy, the library that provides it'),
  zh('零拷贝读取', '/zh/guides/zero-copy-reads/', 1, 'title equals query'),
  zh('协程池', '/zh/guides/goroutine-pools/', 3, 'goroutine pool'),
  zh('协程池', '/zh/projects/burrow/', 3, 'goroutine pool, the library'),
  zh('服务网格', '/zh/projects/heron/', 3, 'service mesh'),
  zh('垃圾回收', '/zh/guides/gogc-gomemlimit/', 3, 'garbage collection'),
  zh('事件循环', '/zh/projects/skiff/', 1, 'event loop'),
  zh('灰度发布', '/zh/cases/heron-rollout/', 1, 'canary release'),
  zh('对象池', '/zh/guides/sync-pool/', 1, 'object pool'),
  zh('边车代理', '/zh/projects/heron/', 1, 'sidecar proxy'),
  zh('软内存限制', '/zh/guides/gogc-gomemlimit/', 1, 'soft memory limit'),
  zh('调优 GOGC 与 GOMEMLIMIT', '/zh/guides/gogc-gomemlimit/', 1, 'title equals query, mixed scripts'),
  zh('Tern', '/zh/projects/tern/', 1, 'Latin project name on the Chinese index'),
  zh('Northwind Labs', '/zh/orgs/northwind-labs/', 1, 'Latin organisation name on the Chinese index'),
  zh('sync.Pool', '/zh/guides/sync-pool/', 1, 'Go identifier inside Chinese text'),
  zh('GOMEMLIMIT', '/zh/guides/gogc-gomemlimit/', 1, 'environment variable inside Chinese text'),
];
