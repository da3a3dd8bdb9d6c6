import type { AppErrorDto } from '../../../preload/contract/errors';
import type { Result } from '../../../preload/contract/result';
import { isTrustedUrl } from '../security/url-policy';

/** What main knows about the frame that sent an IPC message (from event.senderFrame). */
export interface SenderFacts {
  /** null when the frame navigated away or was destroyed before the message was handled. */
  frameUrl: string | null;
  isTopFrame: boolean;
}

/**
 * Checklist item 17, as VS Code's validatedIpcMain does it: only the top-level frame of a page
 * served from our own origin may call main. An iframe, a page that got navigated elsewhere,
 * or a frame already gone is refused before the command's input is even parsed.
 */
export function isTrustedSender({ sender, trustedOrigins }: { sender: SenderFacts; trustedOrigins: readonly string[] }): boolean {
  return sender.frameUrl !== null && sender.isTopFrame && isTrustedUrl({ url: sender.frameUrl, trustedOrigins });
}

/** The answer an untrusted sender gets: an error value, never the command's result. */
export function untrustedSenderResult({ command, sender }: { command: string; sender: SenderFacts }): Result<never> {
  const where = sender.frameUrl === null ? 'a frame that no longer exists' : sender.isTopFrame ? sender.frameUrl : `a subframe (${sender.frameUrl})`;
  const error: AppErrorDto = {
    code: 'BAD_INPUT',
    message: `${command} was refused: it came from ${where}, not from the Adloom window`,
    details: { command, reason: 'untrusted-sender' },
  };
  return { ok: false, error };
}
