/**
 * A TextMate grammar for Apache Thrift IDL, which Shiki does not bundle. Covers what Atlas shows:
 * comments, strings, numbers, field ids, keywords, base and container types, and declaration names.
 */
import type { LanguageRegistration } from 'shiki';

export const thrift: LanguageRegistration = {
  name: 'thrift',
  scopeName: 'source.thrift',
  aliases: ['thrift-idl'],
  patterns: [
    { include: '#comments' },
    { include: '#strings' },
    {
      match: '\\b(struct|union|exception|service|enum|senum|typedef|const)\\s+([A-Za-z_][\\w.]*)',
      captures: { 1: { name: 'storage.type.thrift' }, 2: { name: 'entity.name.type.thrift' } },
    },
    { match: '\\b(namespace|include|cpp_include|extends|throws|oneway|required|optional)\\b', name: 'keyword.other.thrift' },
    { match: '\\b(void|bool|byte|i8|i16|i32|i64|double|string|binary|uuid|map|list|set)\\b', name: 'support.type.thrift' },
    { match: '\\b(true|false)\\b', name: 'constant.language.thrift' },
    { match: '(?<![\\w.])(-?\\d+)\\s*(?=:)', captures: { 1: { name: 'constant.numeric.field-id.thrift' } } },
    { match: '\\b-?(0x[0-9A-Fa-f]+|\\d+(\\.\\d+)?([eE][+-]?\\d+)?)\\b', name: 'constant.numeric.thrift' },
    { match: '\\b([A-Za-z_]\\w*)\\s*(?=\\()', name: 'entity.name.function.thrift' },
  ],
  repository: {
    comments: {
      patterns: [
        { begin: '/\\*', end: '\\*/', name: 'comment.block.thrift' },
        { match: '(//|#).*$', name: 'comment.line.thrift' },
      ],
    },
    strings: {
      patterns: [
        { begin: '"', end: '"', name: 'string.quoted.double.thrift', patterns: [{ match: '\\\\.', name: 'constant.character.escape.thrift' }] },
        { begin: "'", end: "'", name: 'string.quoted.single.thrift' },
      ],
    },
  },
};
