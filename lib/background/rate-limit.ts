/**
 * How much work one page can make the background do: a token bucket per key (a tab's frame). A
 * request costs what it asks for (its claims); the bucket refills over time. Bounded memory: the
 * least recently seen keys are forgotten past `maxKeys`.
 */

export interface RateLimiter {
  /** Take `cost` tokens for `key`; false (and nothing taken) when the bucket has fewer. */
  take(key: string, cost: number): boolean;
}

export function createRateLimiter(options: {
  capacity: number;
  refillPerSecond: number;
  now: () => number;
  maxKeys?: number;
}): RateLimiter {
  const { capacity, refillPerSecond, now } = options;
  const maxKeys = options.maxKeys ?? 500;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, cost) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: time };
      buckets.delete(key);
      bucket.tokens = Math.min(capacity, bucket.tokens + ((time - bucket.at) / 1000) * refillPerSecond);
      bucket.at = time;
      const allowed = cost <= bucket.tokens;
      if (allowed) bucket.tokens -= cost;
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      return allowed;
    },
  };
}
