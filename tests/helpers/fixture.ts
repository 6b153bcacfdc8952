/**
 * Fixture content trees for tests: a copy of tests/fixtures/site/content under tests/.tmp/<name>/,
 * optionally changed by a mutation, so each bad case differs from a good site by exactly one thing.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const fixtureContent = path.resolve('tests/fixtures/site/content');

export interface Fixture {
  dir: string;
  content: string;
  /** Replaces text in a content file (relative to content/); fails if the text is not there. */
  edit(file: string, from: string | RegExp, to: string): void;
  read(file: string): string;
  write(file: string, text: string): void;
  copy(from: string, to: string): void;
}

export function makeFixture(name: string): Fixture {
  const dir = path.resolve('tests/.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = path.join(dir, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  return {
    dir,
    content,
    edit(file, from, to) {
      const p = path.join(content, file);
      const text = readFileSync(p, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture edit did not apply: ${String(from)} in ${file}`);
      writeFileSync(p, next);
    },
    read(file) {
      return readFileSync(path.join(content, file), 'utf8');
    },
    copy(from, to) {
      cpSync(path.join(content, from), path.join(content, to));
    },
    write(file, text) {
      mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
      writeFileSync(path.join(content, file), text);
    },
  };
}

/** Makes printed paths independent of where the fixture lives. */
export const normalise = (text: string, fixture: Fixture) =>
  text.split(path.relative(process.cwd(), fixture.content)).join('content');
