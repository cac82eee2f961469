import { restrictToTrustedContexts } from '@/lib/background/storage-access';

describe('restrictToTrustedContexts', () => {
  it('keeps storage.local to trusted contexts where the browser allows it (Chrome)', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    expect(await restrictToTrustedContexts({ setAccessLevel })).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('says so where the browser has no such setting (Firefox)', async () => {
    expect(await restrictToTrustedContexts({ get: async () => ({}) })).toBe(false);
    expect(await restrictToTrustedContexts(undefined)).toBe(false);
  });
});
