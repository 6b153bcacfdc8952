/** Axis scales: a "nice" maximum and evenly spaced ticks (1, 2, 2.5 or 5 times a power of ten). */

export interface LinearScale {
  max: number;
  step: number;
  ticks: number[];
}

const steps = [1, 2, 2.5, 5, 10];

/** The scale from 0 to at least `maxValue`, with about `targetTicks` intervals. */
export function niceScale(maxValue: number, targetTicks = 5): LinearScale {
  if (!(maxValue > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = maxValue / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = steps.map((s) => s * power).find((s) => s >= rough)!;
  const count = Math.ceil(maxValue / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1]!, step, ticks };
}
