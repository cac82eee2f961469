import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SiteAnnotationControl } from '@/components/annotation/SiteAnnotationControl';
import type { ScoreNote } from '@/components/DrawTable';
import { LiveDrawList } from '@/components/LiveDrawList';
import { PnpDrawsView } from '@/components/pnp/PnpDrawsView';
import { PoolStanding } from '@/components/pool/PoolStanding';
import { ProfileShort } from '@/components/profile/ProfileShort';
import { type ProfileStore, useProfile } from '@/components/profile/use-profile';
import { RoundDetails } from '@/components/round/RoundDetails';
import { SourceStatus } from '@/components/SourceStatus';
import { Tabs } from '@/components/Tabs';
import { useUi } from '@/components/ui-context';
import { useLiveQuery, useNow } from '@/components/use-live-query';
import type { DrawAlertsDatabase, StoredDraw } from '@/lib/db/database';
import { drawById, latestDraws } from '@/lib/db/queries';
import { HISTORY_PAGE } from '@/lib/history/page';
import type { Translate } from '@/lib/i18n/messages';
import type { Profile } from '@/lib/profile/profile';
import { EXPRESS_ENTRY_INFO } from '@/lib/sources/catalog';
import { verdictOf } from '@/lib/standing/verdict';
import { isWorthSaying, verdictWords } from '@/lib/standing/verdict-text';

interface Props {
  db: DrawAlertsDatabase;
  checkNow: () => Promise<unknown>;
  profiles: ProfileStore;
  /** Ids of the new draws not seen yet; marks them seen and clears the badge. */
  takeUnseen: () => Promise<string[]>;
  openSettings: () => void;
  /** A round to open at once (the page was opened from a notification of that round). */
  roundId?: string | null;
}

/** Rounds read for the pool line: enough to reach several distinct snapshots of the pool. */
const POOL_ROUNDS = 30;

export function App({ db, checkNow, profiles, takeUnseen, openSettings, roundId = null }: Props) {
  const { t, format } = useUi();
  const now = useNow();
  const profile = useProfile(profiles);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState(roundId);
  useEffect(() => {
    // Without the marks the list is still right: a failure here only loses the "new" highlighting.
    takeUnseen().then(
      (ids) => setNewIds(new Set(ids)),
      () => setNewIds(new Set()),
    );
  }, [takeUnseen]);
  const isNew = (draw: StoredDraw) => newIds.has(draw.id);
  const scoreNote = profile ? verdictNote(profile, t, format.locale) : undefined;
  // Under h1 in a tab panel: the details are the next level.
  const details = (draw: StoredDraw) => <RoundDetails draw={draw} profile={profile} headingLevel={2} />;

  async function onCheckNow() {
    setChecking(true);
    setCheckError(null);
    try {
      await checkNow();
    } catch (error) {
      // The background could not be reached; the stored draws stay listed.
      setCheckError(error instanceof Error ? error.message : String(error));
    } finally {
      setChecking(false);
    }
  }

  return (
    <main aria-labelledby="title">
      <header class="bar">
        <h1 id="title">{t('extName')}</h1>
        <a class="history-link" href={HISTORY_PAGE} target="_blank" rel="noreferrer">
          {t('historyLink')}
        </a>
        <button type="button" onClick={onCheckNow} disabled={checking} aria-busy={checking}>
          {checking ? t('checking') : t('checkNow')}
        </button>
      </header>
      {checkError ? (
        <p class="source-status failing" role="alert">
          {t('checkNowFailed', { error: checkError })}
        </p>
      ) : null}
      {focused ? (
        <FocusedRound db={db} id={focused} profile={profile} onClose={() => setFocused(null)} />
      ) : null}
      {profile ? <ProfileShort profile={profile} onSave={profiles.save} openSettings={openSettings} /> : null}
      {profile ? <PoolLine db={db} score={profile.crsScore} /> : null}
      <Tabs
        label={t('drawsTabsLabel')}
        tabs={[
          {
            id: 'ee',
            title: t('expressEntryTab'),
            render: () => (
              <ExpressEntryPanel db={db} now={now} scoreNote={scoreNote} isNew={isNew} details={details} />
            ),
          },
          {
            id: 'pnp',
            title: t('provincesTab'),
            render: () => (
              <PnpDrawsView db={db} now={now} scoreNote={scoreNote} isNew={isNew} details={details} />
            ),
          },
        ]}
      />
      <footer class="site-control">
        <SiteAnnotationControl />
      </footer>
    </main>
  );
}

/** The verdict under each cut-off, in the words every other place uses. */
function verdictNote(profile: Profile, t: Translate, locale: string): (draw: StoredDraw) => ScoreNote | null {
  return (draw) => {
    const verdict = verdictOf(draw, profile);
    if (!isWorthSaying(verdict, profile.crsScore)) return null;
    const words = verdictWords(verdict, t, locale, true);
    return words.text ? words : null;
  };
}

function PoolLine({ db, score }: { db: DrawAlertsDatabase; score: number | null }) {
  const { t } = useUi();
  const rounds = useLiveQuery(() => latestDraws(db, 'express-entry', POOL_ROUNDS), []);
  if (rounds.status !== 'ready' || rounds.value.length === 0) return null;
  return (
    <section class="pool-standing" aria-label={t('poolHeading')}>
      <PoolStanding rounds={rounds.value} score={score} />
    </section>
  );
}

/** The round a notification was about, opened above the lists. */
function FocusedRound(props: {
  db: DrawAlertsDatabase;
  id: string;
  profile: Profile | null;
  onClose: () => void;
}) {
  const { t } = useUi();
  const draw = useLiveQuery(() => drawById(props.db, props.id), [props.id]);
  if (draw.status === 'loading') return null;
  return (
    <div class="focused-round">
      {draw.status === 'ready' && draw.value ? (
        <RoundDetails draw={draw.value} profile={props.profile} headingLevel={2} id="focused-round" />
      ) : (
        <p role="status">{t('detailsNotFound')}</p>
      )}
      <button type="button" class="link" onClick={props.onClose}>
        {t('detailsClose')}
      </button>
    </div>
  );
}

interface PanelProps {
  db: DrawAlertsDatabase;
  now: number;
  scoreNote?: (draw: StoredDraw) => ScoreNote | null;
  isNew: (draw: StoredDraw) => boolean;
  details: (draw: StoredDraw) => ComponentChildren;
}

function ExpressEntryPanel({ db, now, scoreNote, isNew, details }: PanelProps) {
  const { t } = useUi();
  const source = useLiveQuery(() => db.sources.get(EXPRESS_ENTRY_INFO.id), []);
  const state = source.status === 'ready' ? source.value : undefined;
  return (
    <>
      <div aria-live="polite">
        {source.status === 'ready' ? (
          <SourceStatus label={t(EXPRESS_ENTRY_INFO.labelKey)} state={state} now={now} />
        ) : null}
      </div>
      <LiveDrawList
        query={(limit) => latestDraws(db, 'express-entry', limit)}
        deps={[]}
        caption={t('expressEntryHeading')}
        kind="express-entry"
        now={now}
        scoreNote={scoreNote}
        isNew={isNew}
        details={details}
        empty={<p class="first-run">{state?.lastError ? t('firstRunFailed') : t('firstRun')}</p>}
      />
    </>
  );
}
