import type { ChildProcess } from 'node:child_process';

/**
 * Every ffmpeg started by runFfmpeg, so the app can stop them when it quits (an orphaned
 * encoder keeps burning CPU and holds its output file open).
 */
export interface RunningFfmpeg {
  child: ChildProcess;
  args: readonly string[];
  startedAt: number;
  /** Set by killAllFfmpeg so the run rejects with CANCELLED instead of a failure. */
  stoppedByApp: boolean;
}

const running = new Set<RunningFfmpeg>();

export function registerFfmpegChild(entry: RunningFfmpeg): () => void {
  running.add(entry);
  return () => {
    running.delete(entry);
  };
}

export function runningFfmpegChildren(): readonly RunningFfmpeg[] {
  return [...running];
}

/** Kills every running ffmpeg at once (no 'q' grace: used on quit). Returns how many. */
export function killAllFfmpeg(): number {
  let count = 0;
  for (const entry of running) {
    entry.stoppedByApp = true;
    if (entry.child.exitCode === null && entry.child.signalCode === null && entry.child.kill('SIGKILL')) count += 1;
  }
  return count;
}
