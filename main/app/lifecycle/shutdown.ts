export interface ShutdownStep {
  name: string;
  run: () => void;
}

/**
 * The steps run when the app quits, in order, once. A failing step is reported and the
 * rest still run: a store that fails to close must not leave FFmpeg encoders running.
 */
export function createShutdown({ steps, report }: { steps: readonly ShutdownStep[]; report: (step: string, err: unknown) => void }): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const step of steps) {
      try {
        step.run();
      } catch (err) {
        report(step.name, err);
      }
    }
  };
}
