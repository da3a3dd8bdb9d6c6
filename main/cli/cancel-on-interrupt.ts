/**
 * Ctrl-C during a long command cancels it cleanly (FFmpeg gets 'q', temp files are removed)
 * instead of killing Node mid-write. A second Ctrl-C falls through to the default exit.
 */
export async function withInterruptCancel<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = (): void => {
    process.off('SIGINT', onSigint);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}
