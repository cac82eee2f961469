// Requests a day of the default schedule (lib/sources/schedule.ts), simulated over a recorded week
// of IRCC rounds with each source's recorded history, and how long after each round ran it was seen.
import { TZDateMini } from '@date-fns/tz';
import { allSources } from '@/lib/sources/registry';
import { IRCC_TIME_ZONE, isInDrawWindow } from '@/lib/sources/schedule';
import { recordedRounds } from '../support/recorded-draws';
import { recordedHistories, seededRandom, simulateSchedule } from '../support/schedule-simulation';
import type { BenchArea } from './support';

const WEEK = { from: '2026-07-20', until: '2026-07-27' };
const DEFAULT_CEILING_MINUTES = 30;
const INSTALLS = 20;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const ottawaMidnight = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new TZDateMini(year, month - 1, date, IRCC_TIME_ZONE).getTime();
};
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

export const scheduleArea: BenchArea = async () => {
  const histories = await recordedHistories(WEEK.from);
  const rounds = recordedRounds();
  const from = ottawaMidnight(WEEK.from);
  const until = ottawaMidnight(WEEK.until);
  // Several installations (seeds): the busiest day and the slowest sighting over all of them.
  const runs = Array.from({ length: INSTALLS }, (_, seed) =>
    simulateSchedule({
      histories,
      rounds,
      from,
      until,
      ceilingMinutes: DEFAULT_CEILING_MINUTES,
      random: seededRandom(seed + 1),
    }),
  );
  const [first] = runs;
  if (first === undefined) return [];
  const days = [...new Set(runs.flatMap((run) => [...run.requestsPerDay.keys()]))].sort();
  const perDay = days.map((day) => Math.max(...runs.map((run) => run.requestsPerDay.get(day) ?? 0)));
  const pace = first.paces.get('ircc-ee');
  const window =
    pace?.kind === 'window'
      ? `${String(pace.window.startMinute / 60).padStart(2, '0')}:00–${String(pace.window.endMinute / 60).padStart(2, '0')}:00 Ottawa time, ${pace.window.days.map((day) => WEEKDAYS[day]).join(' ')} (learned from ${pace.window.learnedFrom} rounds)`
      : 'none';
  const feedChecks = first.checks.get('ircc-ee') ?? [];
  const inWindow =
    pace?.kind === 'window' ? feedChecks.filter((at) => isInDrawWindow(pace.window, at)).length : 0;
  const oldPerDay = (allSources.length * (24 * 60)) / DEFAULT_CEILING_MINUTES;
  const delays = runs.flatMap((run) => run.roundDelays);
  const worstDelay = Math.max(...delays.map((round) => round.delayMs));
  const busiest = Math.max(...perDay);
  const newestManitoba =
    (histories.get('pnp-mb') ?? [])
      .map((draw) => draw.date)
      .sort()
      .at(-1) ?? 'none';
  const lines = [
    `Default schedule (ceiling ${DEFAULT_CEILING_MINUTES} min), simulated over the recorded week ${WEEK.from} to ${WEEK.until} (rounds ${first.roundDelays.map((round) => `#${round.number}`).join(', ')}), ${INSTALLS} installations:`,
    `  IRCC draw window: ${window}`,
    `  requests per Ottawa day, busiest installation: ${days.map((day, i) => `${day.slice(5)} ${perDay[i]}`).join(', ')}   target ≤ 200`,
    `  per source over the week (one installation): ${[...first.checks].map(([id, times]) => `${id} ${times.length}`).join(', ')}`,
    `  IRCC feed: ${inWindow} of ${feedChecks.length} checks in the draw window; a 304 or an unchanged body each time but when a round came`,
    `  delay from a round's drawDateTime to the next check: worst ${minutes(worstDelay)} over ${delays.length} sightings   target ≤ 5 min`,
    `  busiest day vs the former fixed 30-minute schedule (${oldPerDay}/day): ${(busiest / oldPerDay).toFixed(2)}×`,
    `  Manitoba's posts add a request per new post and, for a week after it, one every 12 h; newest recorded post ${newestManitoba}: none in this week`,
  ];
  return lines;
};
