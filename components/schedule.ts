/** Runs `run` later; gives back how to cancel it. */
export type Schedule = (run: () => void) => () => void;

/** In the next task: after the frame that shows what changed first. */
export const nextTask: Schedule = (run) => {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
};

/** Once the page has nothing more urgent to do (half a second at most). */
export const whenIdle: Schedule = (run) => {
  if (typeof requestIdleCallback !== 'function') return nextTask(run);
  const request = requestIdleCallback(run, { timeout: 500 });
  return () => cancelIdleCallback(request);
};
