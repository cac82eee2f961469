import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProvinceCode } from '@/lib/draws/draw';
import type { HistoryRow } from '@/lib/history/digest';
import {
  type ChartPoint,
  crsChart,
  invitationTotals,
  provinceCharts,
  type ScoreChart,
  type SeriesSummary,
  summarise,
} from '@/lib/history/series';
import { CATEGORY_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { PROGRAM_SHORT_KEYS, PROVINCE_LABEL_KEYS, SCALE_LABEL_KEYS } from '@/lib/sources/province-records';
import { memo } from '../memo';
import { nextTask, type Schedule, whenIdle } from '../schedule';
import { useUi } from '../ui-context';
import { CHART_HEIGHT } from './chart-size';
import type { ChartSpec, UPlotChart as UPlotChartType } from './UPlotChart';
import 'uplot/dist/uPlot.min.css';

interface Props {
  draws: readonly HistoryRow[];
  crsScore: number | null;
  province: ProvinceCode | null;
  /** Opens a draw's details in the table. */
  openDraw: (id: string) => void;
  /** Narrows the dates to one month (`2026-07`). */
  pickMonth: (month: string) => void;
}

// Distinct hues, legible on the light and the dark background; a series is also named in its legend.
const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#e6780e',
  '#17a2b8',
  '#8c564b',
  '#d0479b',
  '#7f7f7f',
  '#a8a81c',
  '#3b5bdb',
  '#c2255c',
  '#087f5b',
  '#f08c00',
  '#5f3dc4',
  '#495057',
];

// The chart library's chunk starts loading with this module (while the page reads its draws), not
// when the first chart is about to be drawn. Its style sheet comes with the page's own: as the chunk's
// dependency, the chunk would wait for the sheet's load event, which waits for the page's main thread
// (busy drawing the first rows), and the first chart for both.
const chartModule = import('./UPlotChart');
const loadChartModule = () => chartModule;

/**
 * The history page's trends: Express Entry cut-offs by category (CRS, with the user's CRS as a
 * line), a province's draws on its own scale when one is chosen, invitations per draw or per month.
 * Each chart has its text equivalent beside it; the chart library loads after the table.
 */
export const TrendCharts = memo(function TrendCharts({ draws, province, ...rest }: Props) {
  // Charted after the table is painted: a filter change renders its rows alone (the charts, their
  // summaries and legends are not even diffed), and the charts follow in the next task. The first
  // frame lays the charts out with the rows (their canvases come later, in the place kept for them):
  // the table is not pushed down the page when they arrive.
  const wanted = useMemo(() => ({ draws, province }), [draws, province]);
  const shown = useDeferred(wanted, nextTask);
  return <Charts draws={shown.draws} province={shown.province} {...rest} />;
});

const Charts = memo(function Charts({ draws, crsScore, province, openDraw, pickMonth }: Props) {
  const { t, format } = useUi();
  const [Chart, setChart] = useState<typeof UPlotChartType | null>(null);
  useEffect(() => {
    let live = true;
    void loadChartModule().then((module) => {
      if (live) setChart(() => module.UPlotChart);
    });
    return () => {
      live = false;
    };
  }, []);
  // Looked up when a point is read out, not built at every redraw.
  const drawOf = useMemo(() => lookUpById(draws), [draws]);
  const crs = useMemo(() => crsChart(draws), [draws]);
  // Each category's figures, worked out once per chart (their sentences are made at each render).
  const crsSummaries = useMemo(() => crs?.series.map((series) => summarise(series.points)) ?? [], [crs]);
  const provincial = useMemo(() => (province ? provinceCharts(draws, province) : []), [draws, province]);
  // The bars follow a filter change once the page is idle after the cut-off chart, which is not held
  // up by thousands of bars. Nothing charted yet (the first frame, or the whole history just read):
  // their figure, summary and place are laid out at once, and the bars drawn once the chart library
  // is in and the page is idle after the first chart.
  const deferredBars = useDeferred(draws, whenIdle);
  const barDraws = deferredBars.length === 0 ? draws : deferredBars;
  const [barsDrawn, setBarsDrawn] = useState(false);
  const barsWanted = Chart !== null && draws.length > 0;
  useEffect(() => (barsWanted && !barsDrawn ? whenIdle(() => setBarsDrawn(true)) : undefined), [barsWanted]);
  const invitations = useMemo(() => invitationTotals(barDraws), [barDraws]);
  // The bars read out their own draws while they wait for their turn (a filter changed meanwhile).
  const barDrawOf = useMemo(() => lookUpById(barDraws), [barDraws]);
  const [perMonth, setPerMonth] = useState(false);
  const period = (summary: SeriesSummary) =>
    summary.firstYear === summary.lastYear
      ? t('historyInYear', { year: String(summary.firstYear) })
      : t('historyBetweenYears', { first: String(summary.firstYear), last: String(summary.lastYear) });
  const drawName = (id: string, lookUp = drawOf) => {
    const draw = lookUp(id);
    if (!draw) return id;
    if (draw.system === 'express-entry')
      return draw.number ? t('historyRound', { number: draw.number }) : draw.categoryName;
    return `${draw.province ? t(PROGRAM_SHORT_KEYS[draw.province]) : ''} ${draw.categoryName}`.trim();
  };
  const dayOf = (id: string, lookUp = drawOf) => {
    const draw = lookUp(id);
    return draw ? format.day(draw.date) : '';
  };
  const monthName = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    [format.locale],
  );
  const monthOf = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

  const crsSpec = useMemo(
    () =>
      crs &&
      scoreSpec(crs, {
        label: (key) => t(CATEGORY_LABEL_KEYS[key]),
        yLabel: t('scaleCrs'),
        locale: format.locale,
        guide:
          crsScore === null
            ? undefined
            : { label: t('historyMyCrs', { score: crsScore }), value: crsScore, color: '--fg' },
        describe: (point) =>
          t('historyPointScore', {
            draw: drawName(point.drawId),
            date: dayOf(point.drawId),
            score: point.y,
            scale: t('scaleCrs'),
          }),
        open: (point) => openDraw(point.drawId),
      }),
    [crs, crsScore, t, drawOf],
  );

  const invitationSpec = useMemo((): ChartSpec | null => {
    const bars = perMonth ? invitations.perMonth : invitations.perDraw;
    if (bars.length === 0) return null;
    return {
      xs: bars.map((bar) => bar.x),
      ys: bars.map((bar) => bar.y),
      seriesOf: bars.map(() => 0),
      series: [{ label: t('historyInvitationsChart'), color: PALETTE[0] ?? '#1f77b4', bars: true }],
      yLabel: t('historyInvitationsChart'),
      locale: format.locale,
      describe: (index) => {
        const bar = bars[index];
        if (!bar) return '';
        return perMonth
          ? t('historyPointInvitations', {
              what: monthOf(bar.key),
              date: String(bar.key),
              invitations: bar.y,
            })
          : t('historyPointInvitations', {
              what: drawName(bar.key, barDrawOf),
              date: dayOf(bar.key, barDrawOf),
              invitations: bar.y,
            });
      },
      open: (index) => {
        const bar = bars[index];
        if (bar) (perMonth ? pickMonth : openDraw)(bar.key);
      },
    };
  }, [invitations, perMonth, t, barDrawOf]);

  // The history is still being read (no digest: every record is read and checked): the charts' places.
  if (draws.length === 0)
    return (
      <section class="trends" aria-labelledby="trends-title" aria-busy="true">
        <h2 id="trends-title">{t('historyTrends')}</h2>
        <p class="hint" id="chart-keys">
          {t('historyChartKeys')}
        </p>
        <figure class="chart">
          <h3>{t('historyCutOffChart')}</h3>
          <ChartPlace />
        </figure>
        <figure class="chart">
          <h3>{t('historyInvitationsChart')}</h3>
          <ChartPlace />
        </figure>
      </section>
    );
  const busiest = invitations.busiestMonth;
  return (
    <section class="trends" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('historyTrends')}</h2>
      <p class="hint" id="chart-keys">
        {t('historyChartKeys')}
      </p>
      {crs && crsSpec ? (
        <ChartFigure
          id="chart-crs"
          title={t('historyCutOffChart')}
          Chart={Chart}
          spec={crsSpec}
          legend={[
            ...crsSpec.series.map((item) => ({ label: item.label, color: item.color })),
            ...(crsSpec.guide ? [{ label: crsSpec.guide.label, color: 'var(--fg)', dashed: true }] : []),
          ]}
          summary={crs.series.map((series, index) => {
            const summary = crsSummaries[index];
            return summary
              ? t('historyCutOffSummary', {
                  category: t(CATEGORY_LABEL_KEYS[series.key]),
                  count: summary.count,
                  period: period(summary),
                  low: summary.low,
                  high: summary.high,
                  last: summary.last,
                })
              : '';
          })}
        />
      ) : null}
      {provincial.map((chart) => {
        if (!province) return null;
        // Ontario's Express Entry streams publish CRS: their own chart, still not beside IRCC's rounds.
        const scaleName = chart.scale === 'crs' ? t('scaleCrs') : t(SCALE_LABEL_KEYS[chart.scale]);
        const spec = scoreSpec(chart, {
          label: (key) => key,
          yLabel: scaleName,
          locale: format.locale,
          describe: (point) =>
            t('historyPointScore', {
              draw: drawName(point.drawId),
              date: dayOf(point.drawId),
              score: point.y,
              scale: scaleName,
            }),
          open: (point) => openDraw(point.drawId),
        });
        const summary = summarise(chart.points);
        return (
          <ChartFigure
            key={chart.scale}
            id={`chart-${province}-${chart.scale}`}
            title={t('historyProvinceChart', {
              province: t(PROVINCE_LABEL_KEYS[province]),
              scale: scaleName,
            })}
            Chart={Chart}
            spec={spec}
            legend={spec.series.map((item) => ({ label: item.label, color: item.color }))}
            summary={
              summary
                ? [
                    t('historyScaleSummary', {
                      count: summary.count,
                      period: period(summary),
                      low: summary.low,
                      high: summary.high,
                      last: summary.last,
                      scale: scaleName,
                    }),
                  ]
                : []
            }
          />
        );
      })}
      {!crs && provincial.length === 0 ? <p>{t('historyNoScores')}</p> : null}
      {invitationSpec ? (
        <ChartFigure
          id="chart-invitations"
          busy={barDraws !== draws}
          title={t('historyInvitationsChart')}
          Chart={barsDrawn ? Chart : null}
          spec={invitationSpec}
          controls={
            <fieldset class="inline">
              <legend class="visually-hidden">{t('historyInvitationsChart')}</legend>
              <label class="check">
                <input type="radio" name="per" checked={!perMonth} onChange={() => setPerMonth(false)} />
                {t('historyPerRound')}
              </label>
              <label class="check">
                <input type="radio" name="per" checked={perMonth} onChange={() => setPerMonth(true)} />
                {t('historyPerMonth')}
              </label>
            </fieldset>
          }
          summary={[
            t('historyInvitationsSummary', {
              count: invitations.draws,
              total: invitations.total,
              month: busiest ? monthOf(busiest.month) : '',
              most: busiest?.total ?? 0,
            }),
            invitations.boundsLeftOut > 0
              ? t('historyBoundsLeftOut', { count: invitations.boundsLeftOut })
              : '',
          ]}
        />
      ) : null}
    </section>
  );
});

/** A chart's place before it is drawn: as tall as the chart and its read-out line. */
function ChartPlace() {
  return (
    <>
      <div class="chart-canvas" style={{ height: `${CHART_HEIGHT}px` }} aria-hidden="true" />
      <p class="chart-readout" />
    </>
  );
}

/** `value` as it was when `schedule` last ran after a change of it (the first value at once). */
function useDeferred<T>(value: T, schedule: Schedule): T {
  const [shown, setShown] = useState({ value });
  useEffect(() => (shown.value === value ? undefined : schedule(() => setShown({ value }))), [value]);
  return shown.value;
}

function lookUpById(draws: readonly HistoryRow[]): (id: string) => HistoryRow | undefined {
  let index: Map<string, HistoryRow> | null = null;
  return (id) => {
    index ??= new Map(draws.map((draw) => [draw.id, draw]));
    return index.get(id);
  };
}

/** A score chart as uPlot data: one x per draw, each series holding the values of its own draws. */
function scoreSpec<Key extends string>(
  chart: ScoreChart<Key>,
  words: {
    label: (key: Key) => string;
    yLabel: string;
    locale: string;
    guide?: ChartSpec['guide'];
    describe: (point: ChartPoint) => string;
    open: (point: ChartPoint) => void;
  },
): ChartSpec {
  return {
    xs: chart.points.map((point) => point.x),
    ys: chart.points.map((point) => point.y),
    seriesOf: chart.seriesOfPoint,
    series: chart.series.map((series, index) => ({
      label: words.label(series.key),
      color: PALETTE[index % PALETTE.length] ?? '#1f77b4',
    })),
    guide: words.guide,
    yLabel: words.yLabel,
    locale: words.locale,
    describe: (index) => {
      const point = chart.points[index];
      return point ? words.describe(point) : '';
    },
    open: (index) => {
      const point = chart.points[index];
      if (point) words.open(point);
    },
  };
}

function ChartFigure(props: {
  id: string;
  /** Still showing the draws before the filters changed. */
  busy?: boolean;
  title: string;
  Chart: typeof UPlotChartType | null;
  spec: ChartSpec;
  legend?: { label: string; color: string; dashed?: boolean }[];
  summary: string[];
  controls?: ComponentChildren;
}) {
  const lines = props.summary.filter((line) => line !== '');
  const { t } = useUi();
  return (
    <figure
      id={props.id}
      class="chart"
      aria-labelledby={`${props.id}-title`}
      aria-busy={props.busy ? 'true' : undefined}
      data-points={props.spec.xs.length}
    >
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      {props.controls}
      {props.legend && props.legend.length > 1 ? (
        <ul class="legend">
          {props.legend.map((item) => (
            <li key={item.label}>
              <span
                class={item.dashed ? 'swatch dashed' : 'swatch'}
                style={item.dashed ? { borderColor: item.color } : { background: item.color }}
                aria-hidden="true"
              />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {props.Chart ? (
        <props.Chart
          spec={props.spec}
          label={t('historyChartHint', { title: props.title, summary: lines[0] ?? '' })}
          describedBy={`${props.id}-summary chart-keys`}
        />
      ) : (
        // Kept until the chart is drawn (its text equivalent is already below).
        <ChartPlace />
      )}
      <ul class="chart-summary" id={`${props.id}-summary`}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </figure>
  );
}
