import { useEffect, useState } from 'preact/hooks';
import { SiteAnnotationControl } from '@/components/annotation/SiteAnnotationControl';
import { LiveDrawList } from '@/components/LiveDrawList';
import { PnpDrawsView } from '@/components/pnp/PnpDrawsView';
import { ScoreQuickEdit } from '@/components/profile/ScoreQuickEdit';
import { type ProfileStore, useProfile } from '@/components/profile/use-profile';
import { SourceStatus } from '@/components/SourceStatus';
import { Tabs } from '@/components/Tabs';
import { useUi } from '@/components/ui-context';
import { useLiveQuery, useNow } from '@/components/use-live-query';
import { scoreVerdict } from '@/lib/alerts/match';
import type { DrawAlertsDatabase, StoredDraw } from '@/lib/db/database';
import { latestDraws } from '@/lib/db/queries';
import type { Translate } from '@/lib/i18n/messages';
import type { Profile } from '@/lib/profile/profile';
import { EXPRESS_ENTRY_INFO } from '@/lib/sources/catalog';

interface Props {
  db: DrawAlertsDatabase;
  checkNow: () => Promise<unknown>;
  profiles: ProfileStore;
  /** Ids of the new draws not seen yet; marks them seen and clears the badge. */
  takeUnseen: () => Promise<string[]>;
  openSettings: () => void;
}

type ScoreNote = (draw: StoredDraw) => { text: string; tone: 'ok' | 'short' } | null;

export function App({ db, checkNow, profiles, takeUnseen, openSettings }: Props) {
  const { t } = useUi();
  const now = useNow();
  const profile = useProfile(profiles);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    // Without the marks the list is still right: a failure here only loses the "new" highlighting.
    takeUnseen().then(
      (ids) => setNewIds(new Set(ids)),
      () => setNewIds(new Set()),
    );
  }, [takeUnseen]);
  const isNew = (draw: StoredDraw) => newIds.has(draw.id);
  const scoreNote = profile ? verdictNote(profile, t) : undefined;

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
        <a class="history-link" href="history.html" target="_blank" rel="noreferrer">
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
      {profile ? (
        <ScoreQuickEdit profile={profile} onSave={profiles.save} openSettings={openSettings} />
      ) : null}
      <Tabs
        label={t('drawsTabsLabel')}
        tabs={[
          {
            id: 'ee',
            title: t('expressEntryTab'),
            render: () => <ExpressEntryPanel db={db} now={now} scoreNote={scoreNote} isNew={isNew} />,
          },
          {
            id: 'pnp',
            title: t('provincesTab'),
            render: () => <PnpDrawsView db={db} now={now} scoreNote={scoreNote} isNew={isNew} />,
          },
        ]}
      />
      <footer class="site-control">
        <SiteAnnotationControl />
      </footer>
    </main>
  );
}

function verdictNote(profile: Profile, t: Translate): ScoreNote {
  return (draw) => {
    const verdict = scoreVerdict(draw, profile);
    if (!verdict) return null;
    return verdict.kind === 'clears'
      ? { text: t('verdictClears'), tone: 'ok' }
      : { text: t('verdictShort', { count: verdict.points }), tone: 'short' };
  };
}

interface PanelProps {
  db: DrawAlertsDatabase;
  now: number;
  scoreNote?: ScoreNote;
  isNew: (draw: StoredDraw) => boolean;
}

function ExpressEntryPanel({ db, now, scoreNote, isNew }: PanelProps) {
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
        empty={<p class="first-run">{state?.lastError ? t('firstRunFailed') : t('firstRun')}</p>}
      />
    </>
  );
}
