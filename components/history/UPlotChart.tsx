import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { CHART_HEIGHT } from './chart-size';

/** One chart's points (draws, or months): each a time, a value and the series it belongs to. */
export interface ChartSpec {
  /** Seconds since 1970, ascending: one per point. */
  xs: number[];
  /** Each point's value. */
  ys: number[];
  /** Each point's series: an index into `series`. */
  seriesOf: readonly number[];
  /** Lines (each series its own), or the bars of one series. */
  series: { label: string; color: string; bars?: boolean }[];
  /** A horizontal line across the chart (the user's CRS). */
  guide?: { label: string; value: number; color: string };
  yLabel: string;
  /** The reader's locale: dates on the time axis are written its way. */
  locale: string;
  /** The point at `index`, in words: what hover and keyboard focus read out. */
  describe: (index: number) => string;
  /** Enter or a click on the point at `index`. */
  open: (index: number) => void;
}

interface Props {
  spec: ChartSpec;
  /** The chart's name and its text equivalent, for assistive technology. */
  label: string;
  describedBy: string;
}

/**
 * A uPlot chart (canvas) made keyboard reachable: focus it, arrow keys go from point to point
 * (Home, End, Page Up/Down by ten), Enter opens the point; hover and focus read the point out in a
 * live region under the chart. Loaded by the history page only, in its own chunk.
 */
export function UPlotChart({ spec, label, describedBy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [readout, setReadout] = useState('');
  const specRef = useRef(spec);
  specRef.current = spec;

  // Made as soon as its element is in the page, in the same task: not a frame later.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const css = getComputedStyle(document.documentElement);
    const fg = css.getPropertyValue('--fg').trim() || '#1b1b1b';
    const line = css.getPropertyValue('--line').trim() || '#d9d9d9';
    const axis = { stroke: fg, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 } };
    const bars = uPlot.paths.bars?.({ size: [0.8, 24] });
    // Formatters made once per chart: making one is dearer than formatting every tick with it.
    const numbers = new Intl.NumberFormat(spec.locale);
    const dates = dateFormats(spec.locale);
    // Lines are drawn faceted: each series holds its own points only, so uPlot walks the chart's points
    // once, not every series over every point (16 × 5,000 slots, mostly empty, for the cut-off chart).
    const faceted = !spec.series.some((item) => item.bars);
    const members = spec.series.map(() => ({ xs: [] as number[], ys: [] as number[], at: [] as number[] }));
    spec.xs.forEach((x, index) => {
      const member = members[spec.seriesOf[index] ?? -1];
      member?.xs.push(x);
      member?.ys.push(spec.ys[index] ?? Number.NaN);
      member?.at.push(index);
    });
    const linear = uPlot.paths.linear?.();
    // Points where the chart's points stand apart (uPlot's rule for an aligned chart, over all series:
    // not thousands of overlapping dots, which also took 100 ms to draw), a series' one point always (a
    // line of one point draws nothing), and the one under the cursor. Given as indices: uPlot keeps no
    // window of indices in faceted mode, and draws no points without them.
    const pointsApart = (chart: uPlot) => spec.xs.length <= chart.bbox.width / (POINT_SPACE * uPlot.pxRatio);
    const series: uPlot.Series[] = [
      {},
      ...spec.series.map((item, index) =>
        item.bars
          ? // The stroke colours the cursor's marker on a bar (a width of 0 draws no outline).
            {
              label: item.label,
              width: 0,
              stroke: item.color,
              fill: item.color,
              paths: bars,
              points: { show: false },
            }
          : {
              label: item.label,
              stroke: item.color,
              width: 1.5,
              paths: linear,
              facets: [
                { scale: 'x', auto: true, sorted: 1 as const },
                { scale: 'y', auto: true },
              ],
              points: {
                size: 6,
                fill: item.color,
                stroke: item.color,
                show: pointsApart,
                filter: pointsOf(members[index]?.xs.length ?? 0),
              },
            },
      ),
    ];
    const data = faceted ? [null, ...members.map((member) => [member.xs, member.ys])] : [spec.xs, spec.ys];
    // Under the cursor: the point nearest to it, among all series (faceted: found here, each series'
    // points in time order); the point's place among all the chart's points is what is read out.
    let nearest: { series: number; index: number; at: number } | null = null;
    const nearestPoint = (chart: uPlot) => {
      const { left, top } = chart.cursor;
      nearest = null;
      if (left === undefined || top === undefined || left < 0) return;
      const time = chart.posToVal(left, 'x');
      let best = Number.POSITIVE_INFINITY;
      members.forEach((member, series) => {
        // From the point nearest in time, outwards, while the horizontal distance alone could still beat
        // the best (draws of one day, or a few pixels apart, can sit far apart in value).
        const found = closestIndex(member.xs, time);
        for (const step of [-1, 1]) {
          for (let index = step === -1 ? found : found + 1; ; index += step) {
            const x = member.xs[index];
            const y = member.ys[index];
            if (x === undefined || y === undefined) break;
            const across = chart.valToPos(x, 'x') - left;
            if (Math.abs(across) >= best) break;
            const distance = Math.hypot(across, chart.valToPos(y, 'y') - top);
            if (distance < best) {
              best = distance;
              nearest = { series: series + 1, index, at: member.at[index] ?? -1 };
            }
          }
        }
      });
    };
    const pointUnderCursor = (chart: uPlot): number | null => {
      if (!faceted) return chart.cursor.idx ?? null;
      const point = nearest as { at: number } | null;
      return point === null ? null : point.at;
    };
    // The user's CRS: a line drawn across the chart and kept in the scale's range, not a series of as
    // many values as the chart has points.
    const guide = spec.guide && {
      value: spec.guide.value,
      // A custom property's name (`--fg`) is read from the page, so the line follows light and dark.
      color: spec.guide.color.startsWith('--')
        ? css.getPropertyValue(spec.guide.color).trim() || fg
        : spec.guide.color,
    };
    const made = new uPlot(
      {
        width: Math.max(element.clientWidth, 280),
        height: CHART_HEIGHT,
        legend: { show: false },
        // Draw days are calendar days: shown as such whatever the reader's time zone.
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        scales: {
          // A faceted chart of one day would have a time scale of no width (an aligned one is widened by
          // uPlot itself): a day either side.
          x: faceted
            ? {
                time: true,
                range: (_chart, min, max) =>
                  min === null || max === null
                    ? [null, null]
                    : min === max
                      ? [min - 86_400, max + 86_400]
                      : [min, max],
              }
            : { time: true },
          // uPlot's own range for a y scale (10% padding, rounded), over the values and the guide.
          y: guide
            ? {
                range: (_chart, min, max) =>
                  min === null || max === null
                    ? [null, null]
                    : uPlot.rangeNum(Math.min(min, guide.value), Math.max(max, guide.value), 0.1, true),
              }
            : {},
        },
        axes: [
          // Ticks at least 80 px apart: uPlot then ticks whole months (or years) where months are named.
          { ...axis, space: 80, values: (_chart, splits) => timeLabels(splits, dates) },
          {
            ...axis,
            label: spec.yLabel,
            size: 72,
            values: (_chart, splits) => splits.map((value) => numbers.format(value)),
          },
        ],
        series,
        cursor: {
          drag: { x: false, y: false, setScale: false },
          points: { size: 10 },
          ...(faceted
            ? {
                // The nearest point of all series, for its own series; none for the others (uPlot's type
                // says a number, its code takes null as none).
                dataIdx: (chart: uPlot, series: number) => {
                  if (series === 1) nearestPoint(chart);
                  const point = nearest as { series: number; index: number } | null;
                  return point !== null && point.series === series ? point.index : null;
                },
              }
            : {}),
        },
        hooks: {
          draw: guide ? [(chart) => drawGuide(chart, guide.value, guide.color)] : [],
          setCursor: [
            (chart) => {
              const index = pointUnderCursor(chart);
              if (index !== null) setReadout(specRef.current.describe(index));
            },
          ],
        },
        ...(faceted ? { mode: 2 as const } : {}),
      },
      data as uPlot.AlignedData,
      element,
    );
    made.over.addEventListener('click', () => {
      const index = pointUnderCursor(made);
      if (index !== null) specRef.current.open(index);
    });
    plot.current = made;
    const resize = new ResizeObserver(() =>
      made.setSize({ width: Math.max(element.clientWidth, 280), height: CHART_HEIGHT }),
    );
    resize.observe(element);
    setActive(null);
    return () => {
      resize.disconnect();
      made.destroy();
      plot.current = null;
    };
  }, [spec]);

  const focusPoint = (index: number) => {
    const made = plot.current;
    const last = spec.xs.length - 1;
    if (!made || last < 0) return;
    const next = Math.min(Math.max(index, 0), last);
    const x = spec.xs[next];
    const y = spec.ys[next];
    if (x !== undefined && y !== undefined) {
      made.setCursor({ left: made.valToPos(x, 'x'), top: made.valToPos(y, 'y') });
    }
    setActive(next);
    setReadout(spec.describe(next));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = spec.xs.length - 1;
    const at = active ?? -1;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowUp: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: at - 1,
      PageUp: at + 10,
      PageDown: at - 10,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusPoint(moves[event.key] ?? 0);
    } else if ((event.key === 'Enter' || event.key === ' ') && active !== null) {
      event.preventDefault();
      spec.open(active);
    }
  };

  return (
    <>
      <div
        ref={container}
        class="chart-canvas"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart is operated with the keyboard (arrows, Enter).
        tabIndex={0}
        aria-label={label}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
      />
      <p class="chart-readout" aria-live="polite">
        {readout}
      </p>
    </>
  );
}

const POINT_SPACE = 12;

/**
 * Which of a series' points are drawn: all of them where the chart's points stand apart, else its one
 * point when it has only one (a line of one point draws nothing), else none.
 */
function pointsOf(count: number): uPlot.Series.Points.Filter {
  let every: number[] | null = null;
  const lone = count === 1 ? [0] : null;
  return (_chart, _series, show) => {
    if (!show) return lone;
    every ??= Array.from({ length: count }, (_, index) => index);
    return every;
  };
}

/** The index of the value in `sorted` (ascending) nearest to `value`, or -1 when it is empty. */
function closestIndex(sorted: readonly number[], value: number): number {
  if (sorted.length === 0) return -1;
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  const before = sorted[low - 1];
  return before !== undefined && value - before < (sorted[low] ?? 0) - value ? low - 1 : low;
}

/** A dashed horizontal line at `value` across the plotting area. */
function drawGuide(chart: uPlot, value: number, color: string): void {
  const y = Math.round(chart.valToPos(value, 'y', true));
  const { left, width } = chart.bbox;
  const context = chart.ctx;
  context.save();
  context.strokeStyle = color;
  context.lineWidth = 1.5 * uPlot.pxRatio;
  context.setLineDash([6 * uPlot.pxRatio, 4 * uPlot.pxRatio]);
  context.beginPath();
  context.moveTo(left, y);
  context.lineTo(left + width, y);
  context.stroke();
  context.restore();
}

/** Tick labels in the reader's locale: days over a short span, months over a year or two, else years. */
function timeLabels(splits: number[], dates: DateFormats): string[] {
  const first = splits[0] ?? 0;
  const last = splits.at(-1) ?? 0;
  const days = (last - first) / 86_400;
  const format = days > 3 * 365 ? dates.years : days > 120 ? dates.months : dates.days;
  // uPlot may tick a month (or year) twice: the second tick is left unnamed, not named again.
  return splits.map((seconds, index) => {
    const label = format.format(new Date(seconds * 1000));
    const previous = index > 0 ? format.format(new Date((splits[index - 1] ?? 0) * 1000)) : null;
    return label === previous ? '' : label;
  });
}

type DateFormats = Record<'years' | 'months' | 'days', Intl.DateTimeFormat>;

function dateFormats(locale: string): DateFormats {
  const made = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return {
    years: made({ year: 'numeric' }),
    months: made({ month: 'short', year: 'numeric' }),
    days: made({ month: 'short', day: 'numeric' }),
  };
}
