import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { VideoItem } from '../../../preload/contract/project';
import { migrateDocument } from './migrations';

// docs/project-format.md marks each example that is also a fixture, and the worked positions
// table, with an HTML comment naming the fixture. These tests keep the page and the code in step.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOC_PATH = path.join(ROOT, 'docs/project-format.md');
const doc = readFileSync(DOC_PATH, 'utf8');
const readFixture = (name: string): unknown => JSON.parse(readFileSync(path.join(ROOT, name), 'utf8'));

function examples(): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of doc.matchAll(/<!-- fixture: (\S+) -->\n```json\n([\s\S]*?)\n```/g)) {
    if (m[1] !== undefined && m[2] !== undefined) found.set(m[1], m[2]);
  }
  return found;
}

const length = (item: VideoItem): number => (item.type === 'clip' ? item.outMs - item.inMs : item.durationMs);

/** The rules the page states, applied to a video track: [id, length, start, end] per item. */
function positions(video: VideoItem[]): [string, number, number, number][] {
  const rows: [string, number, number, number][] = [];
  let end = 0;
  video.forEach((item, index) => {
    const start = index === 0 ? 0 : end - item.transitionIn.durationMs;
    end = start + length(item);
    rows.push([item.id, length(item), start, end]);
  });
  return rows;
}

describe('docs/project-format.md', () => {
  it('marks exactly the two committed examples', () => {
    expect([...examples().keys()]).toEqual(['tests/fixtures/projects/minimal-example.json', 'tests/fixtures/projects/complete-example.json']);
  });

  it.each([...examples()])('shows %s with the same JSON as the committed file, and it is a valid project', (fixture, block) => {
    const fromDoc: unknown = JSON.parse(block);
    expect(fromDoc).toEqual(readFixture(fixture));
    expect(migrateDocument(fromDoc, { source: `${fixture} (in docs/project-format.md)` }).schemaVersion).toBe(1);
  });

  it('has a positions table that matches the complete example', () => {
    const section = doc.split('<!-- positions: tests/fixtures/projects/complete-example.json -->\n')[1] ?? '';
    const table = section.split('\n\n')[0] ?? '';
    const rows = table
      .split('\n')
      .slice(2)
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map((cells): [string, number, number, number] => [cells[2] ?? '', Number(cells[3]), Number(cells[5]), Number(cells[6])]);
    const project = migrateDocument(readFixture('tests/fixtures/projects/complete-example.json'), { source: 'complete-example.json' });
    expect(rows).toEqual(positions(project.tracks.video));
    expect(rows.length).toBe(6);
  });
});
