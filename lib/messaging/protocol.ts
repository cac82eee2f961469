import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnnotateRequest, AnnotateResponse } from '@/lib/annotate/wire';
import type { PollReport } from '@/lib/sources/poll';

export interface CheckNowResult {
  reports: PollReport[];
}

/**
 * Every message between the popup, options page, content script and the background. The background
 * validates what arrives: a content script runs beside a page that may be hostile.
 */
export interface ProtocolMap {
  /** The popup's "Check now": polls every source now, whatever its schedule. */
  checkNow(): CheckNowResult;
  /** A content script's claims about draws, resolved against the stored draws (lib/background/annotations.ts). */
  annotateResolve(request: AnnotateRequest): AnnotateResponse;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
