import { z } from 'astro/zod';
import { languages, licenses, orgRoles, projectCategories, projectStatuses, relationKinds } from '../vocab';
import { httpUrl, isoDate, summary, title, corrections } from './common';
import { figureSchema } from './figure';
import type { ReferenceFactory } from './refs';

/** A typed edge to another project, e.g. Kitex `built-on` Netpoll. The inverse ("Used by") is derived, never written. */
export const relationSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** Kind of relation, from the closed list in `src/vocab`. */
    kind: z.enum(relationKinds),
    /** The project on the other end. */
    target: reference('projects'),
    /** The source that shows the relation holds. */
    source: reference('sources'),
  });

/** What an organisation did for this project, with the source that says so. */
export const projectOrgSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** The organisation. */
    org: reference('orgs'),
    /** Its role: originated, maintains, hosts, uses. */
    role: z.enum(orgRoles),
    /** The source that attributes the role. */
    source: reference('sources'),
  });

/** The newest release when an editor last looked, with the page that shows it. */
export const releaseSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** The version as the project tags it, e.g. v0.16.3. */
    version: z.string().min(1),
    /** Its release date, YYYY-MM-DD. */
    date: isoDate,
    /** A source showing the release: its release or tag page, or the commit it points to. */
    source: reference('sources'),
  });

/** A piece of software (`content/projects/<id>.md`): mostly Go, or a non-Go project when the contrast matters. */
export const projectSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** Display name, e.g. "Kitex". */
    title,
    /** One sentence: what it is and who uses it for what. */
    summary,
    /** GitHub repository as owner/name, e.g. cloudwego/kitex. */
    repository: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'write the repository as owner/name, e.g. cloudwego/kitex'),
    /** Project home page. */
    homepage: httpUrl('homepage'),
    /** Implementation languages, main one first. */
    languages: z.array(z.enum(languages)).min(1, 'list at least one implementation language'),
    /** Licence as an SPDX identifier. */
    license: z.enum(licenses),
    /** active, maintenance (fixes only), archived, or superseded (replaced by another project; say which in the body). */
    status: z.enum(projectStatuses),
    /** The newest release on the date in `checked`; leave out for a project that publishes none. */
    release: releaseSchema(reference).optional(),
    /** When an editor last checked status and release, YYYY-MM-DD. */
    checked: isoDate,
    /** Category that groups it on the projects index. */
    category: z.enum(projectCategories),
    /** Organisations that originated, maintain, host or use it. */
    orgs: z.array(projectOrgSchema(reference)).default([]),
    /** Typed relations to other projects. */
    relations: z.array(relationSchema(reference)).default([]),
    /** Tags from content/tags.yaml. */
    tags: z.array(reference('tags')).default([]),
    /** Published numbers about the project (benchmarks, adoption), each with unit, context and source. */
    figures: z.array(figureSchema(reference)).default([]),
    /** Corrections to the published page: date and what changed. */
    corrections,
    /** Sources for the facts on the page; inline citations may add more. */
    sources: z.array(reference('sources')).min(1, 'cite at least one source for a project (its repository counts)'),
  });

export type ProjectData = z.output<ReturnType<typeof projectSchema>>;
