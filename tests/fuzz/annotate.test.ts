import fc from 'fast-check';
import { annotateFindersTarget, claimProblems, findersOn } from './annotate';

describe('the annotator fuzz target', () => {
  it('reaches claims: its inputs are not all noise the finders ignore', { timeout: 120_000 }, () => {
    const inputs = fc.sample(annotateFindersTarget.inputs('short'), { seed: 11, numRuns: 150 });
    const withClaims = inputs.filter((text) => findersOn(text).claims.length > 0);
    expect(withClaims.length).toBeGreaterThan(15);
  });

  it('flags an unsound claim: the invariants can fail', () => {
    const text = 'Express Entry draw #238 issued 5,500 ITAs.';
    const [claim] = findersOn(text).claims;
    if (claim === undefined) throw new Error('no claim');
    expect(claimProblems(claim, text, 'prose')).toEqual([]);
    expect(claimProblems({ ...claim, invitations: 1e12 }, text, 'prose')).toEqual([
      'prose: invitations 1000000000000',
    ]);
    expect(claimProblems({ ...claim, date: '9999-12-31' }, text, 'prose')).toEqual([
      'prose: date 9999-12-31',
    ]);
    expect(claimProblems({ ...claim, end: text.length + 5 }, text, 'prose')).toHaveLength(1);
  });
});
