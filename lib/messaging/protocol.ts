import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  AnnotateRequest,
  AnnotateResponse,
  AnnotateStart,
  AnnotateStartRequest,
} from '@/lib/annotate/wire';
import type { PollReport } from '@/lib/sources/poll';

export interface CheckNowResult {
  reports: PollReport[];
}

/**
 * Every message between the popup, options page, content script and the background. The background
 * checks who sent each one (lib/messaging/senders.ts) and validates what arrives: a content script
 * runs beside a page that may be hostile.
 */
export interface ProtocolMap {
  /** The popup's "Check now": polls every source now, whatever its schedule. From an extension page only. */
  checkNow(): CheckNowResult;
  /**
   * A content script's claims about draws, resolved against the stored draws
   * (lib/background/annotations.ts). From a tab's content script only; a page's work is rate-limited.
   */
  annotateResolve(request: AnnotateRequest): AnnotateResponse;
  /** A content script starting: is this page annotated, and in which language (lib/background/annotation-pages.ts)? */
  annotateStart(request: AnnotateStartRequest): AnnotateStart;
  /** The reader closed the banner: remember it for the sender's article. */
  annotateDismissBanner(): void;
  /** Background → a tab: the annotation settings or the language changed; ask `annotateStart` again. */
  annotateSettingsChanged(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
