import { eventChannel } from '../../../preload/contract/api';
import type { EventName } from '../../../preload/contract/event-schemas';
import type { EventBus } from '../../handlers';
import { isTrustedUrl } from '../security/url-policy';

/** The part of a WebContents events are sent to. */
export interface EventTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

/**
 * Pushes every bus event to the app's windows on its evt: channel. A window showing anything
 * but our own page (it cannot navigate away, but a crash page or a blank one can appear) gets
 * nothing, so events never reach foreign content.
 */
export function forwardEvents({ bus, targets, trustedOrigins }: { bus: Pick<EventBus, 'subscribe'>; targets: () => readonly EventTarget[]; trustedOrigins: readonly string[] }): () => void {
  return bus.subscribe((name: EventName, payload: unknown) => {
    for (const target of targets()) {
      if (target.isDestroyed() || !isTrustedUrl({ url: target.getURL(), trustedOrigins })) continue;
      target.send(eventChannel(name), payload);
    }
  });
}
