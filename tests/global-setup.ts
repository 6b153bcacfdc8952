/**
 * Builds the good fixture site once per test run, for every test that reads built pages or drives a
 * browser over them. Tests get its output folder with `inject('fixtureSite')`.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './helpers/astro';
import { makeFixture } from './helpers/fixture';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the good fixture site (tests/fixtures/site/content). */
    fixtureSite: string;
  }
}

export default function setup(project: TestProject) {
  // One folder per run, so two test runs on one machine never delete each other's site.
  const fixture = makeFixture(`site-${process.pid}`);
  const build = astroBuild(fixture.content, fixture.dir);
  if (build.code !== 0) throw new Error(`the fixture site did not build:\n${build.output}`);
  project.provide('fixtureSite', build.outDir);
  return () => rmSync(fixture.dir, { recursive: true, force: true });
}
