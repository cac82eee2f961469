import { describe, expect, it } from 'vitest';
import { shouldAlert } from '@/lib/alerts/match';
import { decideNewDraws } from '@/lib/alerts/new-draws';
import { expressEntryDraw } from '@/lib/alerts/testing';
import type { Draw } from '@/lib/draws/draw';
import { defaultProfile, type Profile } from '@/lib/profile/profile';

/**
 * The database as the lead's transaction keeps it: stored draws by id, the ids already weighed for
 * an alert, and whether the source has synced once. `poll` applies one successful read.
 */
class FakeStore {
  readonly stored = new Map<string, Draw>();
  readonly notified = new Set<string>();
  firstSyncCompleted = false;
  readonly alerted: string[] = [];

  poll(incoming: Draw[], profile: Profile = defaultProfile()): string[] {
    const decision = decideNewDraws({
      storedIds: this.stored.keys(),
      notifiedIds: this.notified,
      firstSyncCompleted: this.firstSyncCompleted,
      incoming,
      wantsAlert: (draw) => shouldAlert(draw, profile),
    });
    for (const draw of incoming) this.stored.set(draw.id, draw);
    for (const id of decision.idsToRecordAsNotified) this.notified.add(id);
    this.firstSyncCompleted = true;
    const ids = decision.toNotify.map((draw) => draw.id);
    this.alerted.push(...ids);
    return ids;
  }
}

const history = ['431', '432', '433'].map((number) => expressEntryDraw({ number }));
const round434 = expressEntryDraw({ number: '434' });
const round435 = expressEntryDraw({
  number: '435',
  category: 'cec',
  categoryName: 'Canadian Experience Class',
});

describe('decideNewDraws', () => {
  it('stores a source’s history silently on its first sync', () => {
    const decision = decideNewDraws({
      storedIds: [],
      notifiedIds: [],
      firstSyncCompleted: false,
      incoming: history,
    });
    expect(decision.newDraws.map((draw) => draw.id)).toEqual(['ee:431', 'ee:432', 'ee:433']);
    expect(decision.toNotify).toEqual([]);
    expect(decision.idsToRecordAsNotified).toEqual(['ee:431', 'ee:432', 'ee:433']);
  });

  it('alerts about the round that appears after the first sync, and only that one', () => {
    const store = new FakeStore();
    expect(store.poll(history)).toEqual([]);
    expect(store.poll([round434, ...history])).toEqual(['ee:434']);
  });

  it('alerts once when the same feed is read again', () => {
    const store = new FakeStore();
    store.poll(history);
    store.poll([round434, ...history]);
    expect(store.poll([round434, ...history])).toEqual([]);
    expect(store.poll([round434, ...history])).toEqual([]);
    expect(store.alerted).toEqual(['ee:434']);
  });

  it('does not alert again when a round’s category is renamed in place', () => {
    const store = new FakeStore();
    store.poll(history);
    store.poll([round434, ...history]);
    const renamed = { ...round434, categoryName: 'Transport occupations (Version 2)' };
    expect(store.poll([renamed, ...history])).toEqual([]);
    expect(store.stored.get('ee:434')?.categoryName).toBe('Transport occupations (Version 2)');
  });

  it('alerts about every round missed while a source was failing, once, after it recovers', () => {
    const store = new FakeStore();
    store.poll(history);
    // Failed polls store nothing and decide nothing: the store is simply not touched.
    expect(store.poll([round435, round434, ...history])).toEqual(['ee:435', 'ee:434']);
    expect(store.poll([round435, round434, ...history])).toEqual([]);
  });

  it('stays silent on a first sync, however recent its rounds', () => {
    const store = new FakeStore();
    expect(store.poll([round435, round434, ...history])).toEqual([]);
    expect(store.stored.size).toBe(5);
  });

  it('does not alert again about a round the feed drops and lists again', () => {
    const store = new FakeStore();
    store.poll(history);
    store.poll([round434, ...history]);
    // The feed drops 434 for a while; the database keeps it.
    expect(store.poll(history)).toEqual([]);
    expect(store.poll([round434, ...history])).toEqual([]);
    // Even if the stored copy was removed in between (a source's draws replaced), 434 is stored
    // again but not announced again.
    store.stored.delete('ee:434');
    const decision = decideNewDraws({
      storedIds: store.stored.keys(),
      notifiedIds: store.notified,
      firstSyncCompleted: true,
      incoming: [round434, ...history],
    });
    expect(decision.newDraws.map((draw) => draw.id)).toEqual(['ee:434']);
    expect(decision.toNotify).toEqual([]);
    expect(decision.idsToRecordAsNotified).toEqual([]);
  });

  it('never alerts about an id already notified', () => {
    const decision = decideNewDraws({
      storedIds: [],
      notifiedIds: ['ee:434'],
      firstSyncCompleted: true,
      incoming: [round434, round435],
    });
    expect(decision.toNotify.map((draw) => draw.id)).toEqual(['ee:435']);
  });

  it('counts a round listed twice in one read once', () => {
    const decision = decideNewDraws({
      storedIds: [],
      notifiedIds: [],
      firstSyncCompleted: true,
      incoming: [round434, { ...round434 }, round435],
    });
    expect(decision.newDraws.map((draw) => draw.id)).toEqual(['ee:434', 'ee:435']);
    expect(decision.toNotify.map((draw) => draw.id)).toEqual(['ee:434', 'ee:435']);
    expect(decision.idsToRecordAsNotified).toEqual(['ee:434', 'ee:435']);
  });

  it('weighs a new round once: one not wanted then is not announced later', () => {
    const store = new FakeStore();
    store.poll(history);
    const cecOnly: Profile = { ...defaultProfile(), followedCategories: ['cec'] };
    expect(store.poll([round435, round434, ...history], cecOnly)).toEqual(['ee:435']);
    expect(store.notified.has('ee:434')).toBe(true);
    // The user now follows every category; 434 is dropped and listed again: no late alert.
    store.stored.delete('ee:434');
    expect(store.poll([round435, round434, ...history], defaultProfile())).toEqual([]);
  });

  it('records new rounds as weighed while notifications are off', () => {
    const store = new FakeStore();
    store.poll(history);
    const muted: Profile = { ...defaultProfile(), notificationsEnabled: false };
    expect(store.poll([round434, ...history], muted)).toEqual([]);
    expect(store.notified.has('ee:434')).toBe(true);
  });
});
