import type { Draw } from '@/lib/draws/draw';
import { bandsOf, type PoolPosition, poolHistory, roundedEstimate } from '@/lib/standing/pool';
import { useUi } from '../ui-context';
import { distributionDate, PoolChart } from './PoolChart';

interface Props {
  /** Express Entry rounds, newest first: the newest distribution is the freshest picture of the pool. */
  rounds: readonly Pick<Draw, 'date' | 'expressEntry'>[];
  score: number | null;
  /** How many snapshots of the pool the movement covers. */
  snapshots?: number;
}

/** "As of <date>: about N of M profiles score at or above your 480", how that moved, and a small chart. */
export function PoolStanding({ rounds, score, snapshots = 6 }: Props) {
  const { t, format } = useUi();
  const newest = rounds.find(
    (round) => round.expressEntry?.distribution && bandsOf(round.expressEntry.distribution),
  );
  const distribution = newest?.expressEntry?.distribution;
  if (!distribution) return <p class="pool-line">{t('poolNoDistribution')}</p>;
  if (score === null) {
    return (
      <div class="pool">
        <p class="pool-line">{t('poolNoScore')}</p>
        <PoolChart distribution={distribution} score={null} compact />
      </div>
    );
  }
  const history = poolHistory(rounds, score, snapshots);
  const [current, previous] = history;
  if (!current) return <p class="pool-line">{t('poolNoDistribution')}</p>;
  const date = (position: PoolPosition) => distributionDate(position, format.day);
  const params = { date: date(current), count: roundedEstimate(current), total: current.total, score };
  return (
    <div class="pool">
      <p class="pool-line">{current.exact ? t('poolPositionExact', params) : t('poolPosition', params)}</p>
      {previous ? (
        <p class="pool-moved">
          {movement(current, previous, (key, count) => t(key, { count, date: date(previous) }))}{' '}
          {history.length > 2
            ? t('poolTrend', {
                count: history.length,
                values: [...history]
                  .reverse()
                  .map((position) => format.number(roundedEstimate(position)))
                  .join(' → '),
              })
            : null}
        </p>
      ) : null}
      <PoolChart distribution={distribution} score={score} compact />
    </div>
  );
}

type MovementKey = 'poolMovedUp' | 'poolMovedDown' | 'poolUnchanged';

function movement(
  current: PoolPosition,
  previous: PoolPosition,
  say: (key: MovementKey, count: number) => string,
): string {
  const change = roundedEstimate(current) - roundedEstimate(previous);
  if (change > 0) return say('poolMovedUp', change);
  if (change < 0) return say('poolMovedDown', -change);
  return say('poolUnchanged', 0);
}
