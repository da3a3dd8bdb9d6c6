import type { z } from 'zod';

/** One command: what it takes and what it answers, both as zod schemas. */
export interface CommandSpec<In extends z.ZodType = z.ZodType, Out extends z.ZodType = z.ZodType> {
  input: In;
  output: Out;
  /** One line for people reading the contract, the docs and error messages. */
  summary: string;
}

export function command<In extends z.ZodType, Out extends z.ZodType>(input: In, output: Out, summary: string): CommandSpec<In, Out> {
  return { input, output, summary };
}
