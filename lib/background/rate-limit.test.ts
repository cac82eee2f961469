import { createRateLimiter } from '@/lib/background/rate-limit';

describe('createRateLimiter', () => {
  it('lets a page spend its bucket, refuses more, and refills with time', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 100, refillPerSecond: 10, now: () => now });
    expect(limiter.take('tab:1', 60)).toBe(true);
    expect(limiter.take('tab:1', 60)).toBe(false);
    // Another page has its own bucket.
    expect(limiter.take('tab:2', 100)).toBe(true);
    now += 2_000;
    expect(limiter.take('tab:1', 60)).toBe(true);
    expect(limiter.take('tab:1', 1)).toBe(false);
    now += 60_000;
    // Never more than its capacity, however long it waited.
    expect(limiter.take('tab:1', 101)).toBe(false);
    expect(limiter.take('tab:1', 100)).toBe(true);
  });

  it('forgets the oldest pages past its bound', () => {
    const limiter = createRateLimiter({ capacity: 10, refillPerSecond: 0, now: () => 0, maxKeys: 2 });
    expect(limiter.take('a', 10)).toBe(true);
    expect(limiter.take('b', 10)).toBe(true);
    expect(limiter.take('c', 10)).toBe(true);
    // "a" was forgotten: a fresh bucket (memory stays bounded; the worst is one more full bucket).
    expect(limiter.take('a', 10)).toBe(true);
    expect(limiter.take('c', 1)).toBe(false);
  });
});
