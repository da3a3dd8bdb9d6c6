import path from 'node:path';

/** The `-i` inputs of one command, numbered in the order they are added. */
export class InputList {
  private readonly args: string[] = [];
  private count = 0;

  /** Adds an input with its input options (seeking, looping) and returns its index. */
  add(file: string, options: readonly string[] = []): number {
    // A relative name like "concat:x" or "http:x" would be read as a protocol; "file:" pins it.
    const target = path.isAbsolute(file) ? file : `file:${file}`;
    this.args.push(...options, '-i', target);
    return this.count++;
  }

  toArgs(): string[] {
    return [...this.args];
  }
}
