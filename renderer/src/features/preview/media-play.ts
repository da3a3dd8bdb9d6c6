/**
 * Starts a media element. A play() interrupted by pause() or a new source rejects with
 * AbortError, which is expected while scrubbing; a play with sound refused by the browser's
 * autoplay policy (NotAllowedError) is retried muted, so the picture still moves.
 */
export function startPlaying(element: HTMLMediaElement): void {
  element.play().catch((err: unknown) => {
    const name = err instanceof DOMException ? err.name : '';
    if (name === 'NotAllowedError' && !element.muted) {
      element.muted = true;
      startPlaying(element);
    } else if (name !== 'AbortError') {
      console.warn(`Preview: ${element.currentSrc || 'media'} could not play:`, err);
    }
  });
}
