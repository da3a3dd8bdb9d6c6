import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProjectDocument } from '../../../preload/contract/project';
import { formatIssuePath, formatZodIssues, readableIssues } from './format-zod-issues';

const issuesOf = (schema: z.ZodType, value: unknown): z.core.$ZodIssue[] => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected the value to be refused');
  return r.error.issues;
};

describe('formatIssuePath', () => {
  it('writes keys dotted and indexes in brackets', () => {
    expect(formatIssuePath(['tracks', 'video', 2, 'outMs'])).toBe('tracks.video[2].outMs');
    expect(formatIssuePath([0, 'a'])).toBe('[0].a');
  });

  it('quotes keys that are not identifiers and names the empty path', () => {
    expect(formatIssuePath(['weird key', 'x-y'])).toBe('["weird key"]["x-y"]');
    expect(formatIssuePath([])).toBe('(document)');
  });
});

describe('formatZodIssues', () => {
  const doc = (video: unknown[]): unknown => ({ schemaVersion: 1, settings: { name: 'x' }, tracks: { video } });

  it('gives path: message for a refinement deep in the document', () => {
    const issues = issuesOf(ProjectDocument, doc([{ id: 'a', type: 'card', durationMs: 1 }, { id: 'b', type: 'card', durationMs: 1 }, { id: 'c', type: 'clip', media: { path: 'c.mp4' }, inMs: 5, outMs: 5 }]));
    expect(formatZodIssues(issues)).toBe('tracks.video[2].outMs: outMs must be after inMs');
  });

  it('shows the first three by default and counts the rest', () => {
    const schema = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string() });
    expect(formatZodIssues(issuesOf(schema, {}))).toBe('a: is required (string); b: is required (string); c: is required (string); and 2 more problems');
    expect(formatZodIssues(issuesOf(schema, { a: 'x', b: 'x', c: 'x' }), { max: 1 })).toBe('d: is required (string); and 1 more problem');
  });

  it('keeps zod messages that are not about a missing value', () => {
    expect(formatZodIssues(issuesOf(z.object({ n: z.number() }), { n: 'one' }))).toBe('n: Invalid input: expected number, received string');
  });

  it('says a media reference needs one of its two forms', () => {
    const issues = issuesOf(ProjectDocument, doc([{ id: 's', type: 'still', media: {}, durationMs: 1000 }]));
    expect(formatZodIssues(issues)).toBe('tracks.video[0].media: needs one of "assetId" or "path"');
  });

  it('follows the union branch with the fewest problems', () => {
    const both = issuesOf(ProjectDocument, doc([{ id: 's', type: 'still', media: { path: 'a.jpg', assetId: 'f00' }, durationMs: 1000 }]));
    expect(formatZodIssues(both)).toBe('tracks.video[0].media: Unrecognized key: "assetId"');
    const badId = issuesOf(ProjectDocument, doc([{ id: 's', type: 'still', media: { assetId: 'f00' }, durationMs: 1000 }]));
    expect(formatZodIssues(badId)).toBe('tracks.video[0].media.assetId: must be a library asset id (64 hex characters)');
  });

  it('names an unknown item type at its type field', () => {
    const issues = issuesOf(ProjectDocument, doc([{ id: 'g', type: 'gif' }]));
    expect(formatZodIssues(issues)).toBe(`tracks.video[0].type: Invalid discriminator value. Expected 'clip' | 'still' | 'card'`);
  });
});

describe('readableIssues', () => {
  it('lists every issue, not only the first few', () => {
    const schema = z.object({ a: z.string(), b: z.number().int() });
    expect(readableIssues(issuesOf(schema, { b: 1.5 }))).toEqual([
      { path: 'a', message: 'is required (string)' },
      { path: 'b', message: 'Invalid input: expected int, received number' },
    ]);
  });
});
