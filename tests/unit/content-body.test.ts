import { describe, expect, test } from 'vitest';
import { bodyOfText } from '../../src/content-files/body';

describe('reading a body from its file', () => {
  test('drops the frontmatter block and keeps the Markdown byte for byte', () => {
    expect(bodyOfText('---\ntitle: Alpha\nsummary: "a --- b"\n---\n\n## Intro\n\nText --- with dashes.\n')).toBe('\n## Intro\n\nText --- with dashes.\n');
    expect(bodyOfText('---\r\ntitle: Alpha\r\n---\r\nBody\r\n')).toBe('Body\r\n');
  });

  test('a file without frontmatter, or with nothing after it, is all body or empty', () => {
    expect(bodyOfText('Just text\n---\nmore\n')).toBe('Just text\n---\nmore\n');
    expect(bodyOfText('---\ntitle: Only data\n---')).toBe('');
  });
});
