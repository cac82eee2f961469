export interface StartBrowser {
  kind: 'chrome' | 'firefox';
  path: string;
}
export interface StartPlan {
  browser: StartBrowser | null;
  target: 'chrome' | 'firefox';
  display: boolean;
  noSandbox: boolean;
  notes: string[];
}
export function chromeCandidates(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): string[];
export function startPlan(machine: {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  uid: number | null;
  exists: (path: string) => boolean;
  prefer?: string;
}): StartPlan;
export function profileParent(
  browser: StartBrowser,
  env: Record<string, string | undefined>,
  tmp: string,
): string;
export function loadByHand(root: string): string;
export const EXIT: { closed: 0; failed: 1; noDisplay: 2 };
