import { describe, expect, it } from 'vitest';
import { createAlertFormatter } from '@/lib/alerts/format';
import {
  composeNotifications,
  type DrawNotification,
  drawIdsOfNotification,
  type NotificationText,
} from '@/lib/alerts/notifications';
import { expressEntryDraw, manitobaDraw, provincialDraw } from '@/lib/alerts/testing';
import { notificationTextIn } from '@/lib/background/alerts';
import type { Draw } from '@/lib/draws/draw';
import { translatorFor } from '@/lib/i18n/catalogs';
import { defaultProfile, type Profile } from '@/lib/profile/profile';

const english: NotificationText = { t: translatorFor('en').t, format: createAlertFormatter('en-CA') };

function profile(overrides: Partial<Profile> = {}): Profile {
  return { ...defaultProfile(), ...overrides };
}

function single(draw: Draw, withProfile: Profile = profile(), text = english): DrawNotification {
  const notifications = composeNotifications([draw], withProfile, text);
  expect(notifications).toHaveLength(1);
  const [notification] = notifications;
  if (!notification) throw new Error('no notification');
  return notification;
}

describe('an Express Entry notification', () => {
  it('names the round and its category, and gives the count, cut-off and date', () => {
    const draw = expressEntryDraw();
    expect(single(draw)).toEqual({
      id: 'draw:ee:434',
      title: 'Express Entry #434 · Transport occupations',
      message: '300 invitations · minimum CRS 470 · Aug 7, 2026',
      drawIds: ['ee:434'],
      open: { kind: 'details', drawId: 'ee:434' },
    });
  });

  it('tells a user who could enter the round whether their CRS clears the cut-off', () => {
    const transportWorker = (crsScore: number) => profile({ crsScore, occupationCategories: ['transport'] });
    expect(single(expressEntryDraw(), transportWorker(480)).message).toBe(
      '300 invitations · minimum CRS 470 · Aug 7, 2026\nOpen to you: would have been invited (480 ≥ 470)',
    );
    expect(single(expressEntryDraw(), transportWorker(432)).message).toBe(
      '300 invitations · minimum CRS 470 · Aug 7, 2026\nOpen to you: 38 points short',
    );
    expect(single(expressEntryDraw(), transportWorker(469)).message).toMatch(/\nOpen to you: 1 point short$/);
  });

  it('never says "points short" of a round the user could not enter', () => {
    const cecOnly = profile({
      crsScore: 480,
      eligiblePrograms: ['cec'],
      provincialNomination: false,
      frenchNclc7: false,
      occupationCategories: [],
    });
    const nominees = expressEntryDraw({
      category: 'pnp',
      categoryName: 'Provincial Nominee Program',
      minScore: 788,
      expressEntry: {
        ...(expressEntryDraw().expressEntry as NonNullable<Draw['expressEntry']>),
        programsEligible: 'Provincial Nominee Program',
      },
    });
    expect(single(nominees, cecOnly).message).toBe(
      '300 invitations · minimum CRS 788 · Aug 7, 2026\nNot open to you (provincial nominees only)',
    );
    expect(single(expressEntryDraw(), cecOnly).message).toMatch(
      /\nNot open to you \(Transport occupations only\)$/,
    );
    const french = expressEntryDraw({
      category: 'french',
      categoryName: 'French-Language proficiency 2026-Version 2',
      minScore: 382,
    });
    expect(single(french, cecOnly).message).toMatch(/\nNot open to you \(French at NCLC 7 or higher only\)$/);
    // Said even without a CRS: it needs no score.
    expect(single(nominees, { ...cecOnly, crsScore: null }).message).toMatch(/provincial nominees only\)$/);
  });

  it('asks for what the profile lacks only once the user has a CRS', () => {
    expect(single(expressEntryDraw(), profile({ crsScore: 480 })).message).toMatch(
      /\nSet your occupation categories to see whether this round was open to you$/,
    );
    expect(single(expressEntryDraw(), profile()).message).not.toContain('\n');
  });

  it('adds no verdict from a provincial score', () => {
    expect(single(expressEntryDraw(), profile({ provincialScores: { MB: 800 } })).message).not.toContain(
      '\n',
    );
  });

  it('writes large counts and singular counts as English does', () => {
    const big = expressEntryDraw({ category: 'cec', invitations: { value: 5000, qualifier: 'exact' } });
    expect(single(big).title).toBe('Express Entry #434 · Canadian Experience Class');
    expect(single(big).message).toMatch(/^5,000 invitations · /);
    expect(single(expressEntryDraw({ invitations: { value: 1, qualifier: 'exact' } })).message).toMatch(
      /^1 invitation · /,
    );
  });

  it('reads a known category by its label and an unknown one by its published name', () => {
    const renamed = expressEntryDraw({
      category: 'french',
      categoryName: 'French-Language proficiency 2026-Version 2',
    });
    expect(single(renamed).title).toBe('Express Entry #434 · French-language proficiency');
    const unknown = expressEntryDraw({ category: 'other', categoryName: 'Space industry occupations' });
    expect(single(unknown).title).toBe('Express Entry #434 · Space industry occupations');
  });

  it('leaves out what the round does not have', () => {
    const bare = expressEntryDraw({
      number: null,
      id: 'ee:x',
      invitations: null,
      minScore: null,
      scoreScale: 'none',
    });
    const notification = single(bare, profile({ crsScore: 480, occupationCategories: ['transport'] }));
    expect(notification.title).toBe('Express Entry · Transport occupations');
    // No count and no cut-off; who could enter is still known.
    expect(notification.message).toBe('Aug 7, 2026\nOpen to you');
  });
});

describe('a provincial notification', () => {
  it('names the province and stream, and the cut-off on its own grid', () => {
    const draw = manitobaDraw();
    expect(single(draw)).toEqual({
      id: 'draw:mb:273:skilled-worker-in-manitoba',
      title: 'Manitoba (MPNP) · Skilled Worker in Manitoba',
      message: 'Fewer than 10 invitations · minimum score 612 (MPNP EOI points) · Jun 18, 2026',
      drawIds: ['mb:273:skilled-worker-in-manitoba'],
      open: { kind: 'details', drawId: draw.id },
    });
  });

  it("compares the cut-off with the province's score only", () => {
    expect(single(manitobaDraw(), profile({ provincialScores: { MB: 650 } })).message).toMatch(
      /\nYour 650 clears the cut-off$/,
    );
    expect(single(manitobaDraw(), profile({ provincialScores: { MB: 600 } })).message).toMatch(
      /\n12 points short of the cut-off$/,
    );
    expect(single(manitobaDraw(), profile({ crsScore: 900 })).message).not.toContain('\n');
  });

  it('reads a draw without a score over a range of days', () => {
    const newBrunswick = provincialDraw({
      id: 'nb:2026-06-18:express-entry',
      province: 'NB',
      categoryName: 'NB Express Entry Labour Market Stream',
      date: '2026-06-18',
      dateEnd: '2026-06-20',
      invitations: { value: 312, qualifier: 'exact' },
      minScore: null,
      scoreScale: 'none',
    });
    const notification = single(newBrunswick, profile({ provincialScores: { NB: 70 } }));
    expect(notification.title).toBe('New Brunswick (NBPNP) · NB Express Entry Labour Market Stream');
    // Some ICU versions put thin spaces around the range dash.
    expect(notification.message).toMatch(/^312 invitations · Jun 18\s?–\s?20, 2026$/);
  });

  it('writes a Quebec cut-off on the Arrima grid', () => {
    const quebec = provincialDraw({
      id: 'qc:2026-06-12:pstq',
      system: 'quebec',
      province: 'QC',
      categoryName: 'Skilled workers (PSTQ)',
      invitations: { value: 1540, qualifier: 'exact' },
      minScore: 590,
      scoreScale: 'arrima',
      date: '2026-06-12',
    });
    expect(single(quebec).title).toBe('Quebec (Arrima) · Skilled workers (PSTQ)');
    expect(single(quebec).message).toBe(
      '1,540 invitations · minimum score 590 (Arrima ranking points) · Jun 12, 2026',
    );
  });
});

describe('several new draws', () => {
  const rounds = ['430', '431', '432', '433', '434'].map((number, index) =>
    expressEntryDraw({ number, date: `2026-08-0${index + 3}` }),
  );

  it('get one notification each, newest first, up to three', () => {
    const notifications = composeNotifications(rounds.slice(0, 3), profile(), english);
    expect(notifications.map((notification) => notification.id)).toEqual([
      'draw:ee:432',
      'draw:ee:431',
      'draw:ee:430',
    ]);
  });

  it('get one summary listing them all from four on', () => {
    const notifications = composeNotifications(rounds.slice(0, 4), profile(), english);
    expect(notifications).toEqual([
      {
        id: 'summary:ee:433|ee:432|ee:431|ee:430',
        title: '4 new draws',
        message: [
          'Express Entry #433 · Transport occupations',
          'Express Entry #432 · Transport occupations',
          'Express Entry #431 · Transport occupations',
          'Express Entry #430 · Transport occupations',
        ].join('\n'),
        drawIds: ['ee:433', 'ee:432', 'ee:431', 'ee:430'],
        open: { kind: 'popup' },
      },
    ]);
  });

  it('get a short list and a count of the rest when there are more', () => {
    const mixed = [...rounds, manitobaDraw({ date: '2026-08-10' })];
    const [summary, ...others] = composeNotifications(mixed, profile(), english);
    expect(others).toEqual([]);
    expect(summary?.title).toBe('6 new draws');
    expect(summary?.message.split('\n')).toEqual([
      'Manitoba (MPNP) · Skilled Worker in Manitoba',
      'Express Entry #434 · Transport occupations',
      'Express Entry #433 · Transport occupations',
      '…and 3 more',
    ]);
    expect(summary?.drawIds).toHaveLength(6);
  });

  it('order rounds of the same day by sequence', () => {
    const sameDay = [
      expressEntryDraw({ number: '91a', id: 'ee:91a', sequence: 91.1, date: '2018-05-30' }),
      expressEntryDraw({ number: '91b', id: 'ee:91b', sequence: 91.2, date: '2018-05-30' }),
    ];
    expect(composeNotifications(sameDay, profile(), english).map((n) => n.id)).toEqual([
      'draw:ee:91b',
      'draw:ee:91a',
    ]);
  });

  it('give nothing for no draws', () => {
    expect(composeNotifications([], profile(), english)).toEqual([]);
  });
});

describe('notification ids', () => {
  it('lead back to the draws they stand for', () => {
    const rounds = ['430', '431', '432', '433'].map((number) => expressEntryDraw({ number }));
    for (const notification of composeNotifications(rounds.slice(0, 2), profile(), english)) {
      expect(drawIdsOfNotification(notification.id)).toEqual(notification.drawIds);
    }
    const [summary] = composeNotifications(rounds, profile(), english);
    expect(summary && drawIdsOfNotification(summary.id).sort()).toEqual([
      'ee:430',
      'ee:431',
      'ee:432',
      'ee:433',
    ]);
    expect(drawIdsOfNotification('something-else')).toEqual([]);
  });
});

describe('localised text', () => {
  it('speaks French with French numbers and dates', () => {
    const draw = expressEntryDraw({ invitations: { value: 5000, qualifier: 'exact' } });
    const transportWorker = profile({ crsScore: 1200, occupationCategories: ['transport'] });
    const notification = single(draw, transportWorker, notificationTextIn('fr'));
    expect(notification.title).toBe('Entrée express, ronde nº\u00a0434 · Métiers des transports');
    // French groups digits with a (narrow) no-break space, whichever ICU is at hand.
    expect(notification.message).toMatch(
      /^5\s000 invitations · note minimale du SCG\s: 470 · 7\saoût\s2026\nVous y étiez admissible : votre note aurait suffi \(1\s200 ≥ 470\)$/,
    );
    const notNominee = profile({ crsScore: 480, provincialNomination: false });
    const nominees = expressEntryDraw({
      category: 'pnp',
      categoryName: 'Provincial Nominee Program',
      expressEntry: {
        ...(draw.expressEntry as NonNullable<Draw['expressEntry']>),
        programsEligible: 'Provincial Nominee Program',
      },
    });
    expect(single(nominees, notNominee, notificationTextIn('fr')).message).toMatch(
      /\nVous n’y étiez pas admissible \(candidats des provinces seulement\)$/,
    );
  });

  it('uses the singular in French for one invitation and one point', () => {
    const draw = manitobaDraw({ invitations: { value: 1, qualifier: 'exact' } });
    const notification = single(draw, profile({ provincialScores: { MB: 611 } }), notificationTextIn('fr'));
    expect(notification.message).toMatch(/^1 invitation · /);
    expect(notification.message).toContain('1 point sous la note limite');
  });
});
