/**
 * Astro collections, wired from the schemas in `src/schemas/`. Nothing else belongs here.
 * The same schemas run in the content checker (`npm run check:content`) with a plain reference factory.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { schemasFor, type ReferenceFactory } from './schemas';
import { translationSchema } from './schemas/translation';
import { contentRoot, entryPatterns, sourcePattern, tagsFile, translationPattern } from './content-files/layout';

const schemas = schemasFor(reference as unknown as ReferenceFactory);
const root = contentRoot();
/** Ids are the file path without extension, so `kitex.md` is `kitex` and links map to ids one to one. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(md|mdx|ya?ml)$/, '');

/** Bodies are read from disk where needed (content-files/body.ts): the store keeps rendered HTML only. */
const entries = (name: string) => glob({ pattern: entryPatterns, base: `${root}/${name}`, generateId, retainBody: false });

export const collections = {
  projects: defineCollection({ loader: entries('projects'), schema: schemas.projects }),
  orgs: defineCollection({ loader: entries('orgs'), schema: schemas.orgs }),
  cases: defineCollection({ loader: entries('cases'), schema: schemas.cases }),
  guides: defineCollection({ loader: entries('guides'), schema: schemas.guides }),
  claims: defineCollection({ loader: entries('claims'), schema: schemas.claims }),
  about: defineCollection({ loader: entries('about'), schema: schemas.about }),
  sources: defineCollection({
    loader: glob({ pattern: sourcePattern, base: `${root}/sources`, generateId }),
    schema: schemas.sources,
  }),
  tags: defineCollection({ loader: file(`${root}/${tagsFile}`), schema: schemas.tags }),
  /** Translations: `projects/kitex.zh.md` has id `projects/kitex.zh`. */
  translations: defineCollection({
    loader: glob({ pattern: translationPattern, base: root, generateId, retainBody: false }),
    schema: translationSchema,
  }),
};
