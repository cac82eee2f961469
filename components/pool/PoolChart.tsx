import type { PoolDistribution } from '@/lib/draws/draw';
import { type Band, bandsOf } from '@/lib/standing/pool';
import { useUi } from '../ui-context';

interface Props {
  distribution: PoolDistribution;
  /** The user's CRS, marked on the chart; the bands at or above it are shaded. */
  score: number | null;
  /** A small chart with no axis labels (the popup); the details add the labels and a table. */
  compact?: boolean;
}

const GAP = 2;

/**
 * The pool's CRS distribution as bars, lowest band on the left, the user's score marked. Plain SVG:
 * cheap enough for the popup's first paint. The bars are a picture of the bands; its label says what
 * it shows, and the round details give the same numbers as a table.
 */
export function PoolChart({ distribution, score, compact = false }: Props) {
  const { t, format } = useUi();
  const bands = bandsOf(distribution);
  if (!bands) return null;
  const ascending = [...bands].reverse();
  // Wide enough in the details for a label under each band edge worth naming.
  const bar = compact ? 12 : 20;
  const height = compact ? 36 : 72;
  const labels = compact ? 0 : 14;
  const top = score === null || compact ? 2 : 14;
  const width = ascending.length * (bar + GAP) - GAP;
  const highest = Math.max(...ascending.map((band) => band.count), 1);
  const x = (index: number) => index * (bar + GAP);
  const marker = score === null ? null : markerX(ascending, score, x, bar);
  const total = bands.reduce((sum, band) => sum + band.count, 0);
  const date = distributionDate(distribution, format.day);
  const label = [t('chartLabel', { total, date }), score === null ? null : t('chartYourScore', { score })]
    .filter(Boolean)
    .join(', ');
  return (
    <svg
      class={compact ? 'pool-chart compact' : 'pool-chart'}
      viewBox={`0 0 ${width} ${top + height + labels}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {ascending.map((band, index) => {
        const barHeight = Math.max(band.count > 0 ? 1 : 0, (band.count / highest) * height);
        const y = top + height - barHeight;
        const above = score !== null && score <= band.from;
        const within = score !== null && score > band.from && score <= band.to;
        const share = within && score !== null ? (band.to - score + 1) / (band.to - band.from + 1) : 0;
        return (
          <g key={band.from} data-band={`${band.from}-${band.to}`}>
            <rect class={above ? 'bar above' : 'bar'} x={x(index)} y={y} width={bar} height={barHeight} />
            {within ? (
              <rect
                class="bar above"
                x={x(index) + bar * (1 - share)}
                y={y}
                width={bar * share}
                height={barHeight}
              />
            ) : null}
            {!compact && showsEdge(band) ? (
              <text class="axis" x={x(index)} y={top + height + 11}>
                {band.from}
              </text>
            ) : null}
          </g>
        );
      })}
      {marker === null || score === null ? null : (
        <g class="marker">
          <line x1={marker} x2={marker} y1={compact ? 0 : top - 2} y2={top + height} />
          {compact ? null : (
            <text x={marker} y={10} text-anchor={marker > width / 2 ? 'end' : 'start'}>
              {t('chartYourScore', { score })}
            </text>
          )}
        </g>
      )}
    </svg>
  );
}

/** Edges worth a label under the axis: the wide bands' starts and each 50 in 401–500. */
function showsEdge(band: Band): boolean {
  return band.from % 50 === 1 || band.from === 0 || band.from === 601;
}

function markerX(ascending: Band[], score: number, x: (index: number) => number, bar: number): number | null {
  const index = ascending.findIndex((band) => score >= band.from && score <= band.to);
  const band = ascending[index];
  if (!band) return null;
  const within = (score - band.from + 0.5) / (band.to - band.from + 1);
  return x(index) + bar * within;
}

/** The same distribution as a table: the chart's text equivalent. */
export function PoolTable({ distribution }: { distribution: PoolDistribution }) {
  const { t, format } = useUi();
  const bands = bandsOf(distribution);
  if (!bands) return null;
  return (
    <table class="pool-table">
      <caption>{t('chartTableCaption', { date: distributionDate(distribution, format.day) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartColumnBand')}</th>
          <th scope="col" class="number">
            {t('chartColumnProfiles')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bands.map((band) => (
          <tr key={band.from}>
            <th scope="row">{t('chartBand', { from: band.from, to: band.to })}</th>
            <td class="number">{format.number(band.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The day of a distribution as the locale writes it, or as IRCC wrote it when it could not be read. */
export function distributionDate(
  distribution: Pick<PoolDistribution, 'asOn' | 'asOnText'>,
  day: (iso: string) => string,
): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(distribution.asOn) ? day(distribution.asOn) : distribution.asOnText;
}
