import { z } from 'astro/zod';
import { conditionNames, qualifiers, units } from '../vocab';
import { partialDate } from './common';
import type { ReferenceFactory } from './refs';

/**
 * A measured or reported number (a "figure") on any entry. Figures are data, not prose, so each one carries
 * its unit, the conditions it was measured under and the source it comes from.
 */
export const figureSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** What was measured: a system, framework or configuration, e.g. "Kitex-Mux (Thrift)". */
    subject: z.string().min(2),
    /** Which quantity: "QPS", "TP99 latency", "online services". */
    metric: z.string().min(2),
    /** The number itself, in `unit`. */
    value: z.number().nonnegative(),
    /** The unit of `value`, from the closed list in `src/vocab`. */
    unit: z.enum(units),
    /** `exact`, `at-least` (shown as 50,000+) or `approx` (shown as ~50,000). */
    qualifier: z.enum(qualifiers).default('exact'),
    /** Conditions the number holds under: hardware, software versions, load, date. Figures with the same metric, unit and context are charted together. */
    context: z.string().min(3, 'say under which conditions the number was measured (hardware, version, load)'),
    /**
     * The one condition that varies between otherwise identical runs, e.g. `{ name: concurrency, value: 1000 }`;
     * keep it out of `context`. Figures that differ only in it share a chart as grouped bars, one bar per value.
     * Leave it out when the measurement was not part of a series.
     */
    condition: z
      .strictObject({
        /** What varies, from the closed list in `src/vocab`. */
        name: z.enum(conditionNames),
        /** Its value in this run. */
        value: z.number().nonnegative(),
      })
      .optional(),
    /**
     * The date the value holds for (YYYY, YYYY-MM or YYYY-MM-DD), when the source reports it as of a date:
     * "40,000+ services at the end of 2021". Figures with the same subject, metric and unit at different
     * dates are drawn as a series over time, each point with its own source.
     */
    asOf: partialDate.optional(),
    /** The source entry the number comes from. A figure without a source is rejected. */
    source: reference('sources'),
  });

export type FigureData = z.output<ReturnType<typeof figureSchema>>;

/** What a translation words in its own language (its `figureText` keys): each distinct subject, metric and context, in order. */
export function figureWording(figures: Pick<FigureData, 'subject' | 'metric' | 'context'>[]): string[] {
  return [...new Set(figures.flatMap((f) => [f.subject, f.metric, f.context]))];
}
