// `npm run bench`: every benchmark prints ratios against a reference measured in the same run
// (never absolute timings in tests). Run it on an otherwise idle machine.
// `npm run bench -- editor` (or render, draft, generation) runs one of them.
import os from 'node:os';
import { runDraftMotionBench } from './draft-motion-bench';
import { printEditorBench, runEditorBench } from './editor-bench';
import { runGenerationBench } from './generation-bench';
import { runRenderBench } from './render-bench';

const BENCHES: Record<string, { title: string; run: () => Promise<void> }> = {
  render: { title: 'Export engine: ours vs the limit (decode + encode only)', run: async () => void (await runRenderBench()) },
  draft: { title: 'Draft motion', run: async () => void (await runDraftMotionBench()) },
  generation: {
    title: 'Generation queue: 8 clips, concurrency 4, fake tasks of 10 s',
    run: async () => {
      const gen = await runGenerationBench();
      console.log(`generation: ${(gen.ms / 1000).toFixed(2)} s (limit ${(gen.limitMs / 1000).toFixed(1)} s) — ${gen.ok ? 'OK' : 'TOO SLOW'}`);
    },
  },
  editor: { title: 'Editor in Chromium: 200 timeline items (needs "npm run build")', run: async () => printEditorBench(await runEditorBench()) },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
console.log(`Adloom benchmarks — ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [name, bench] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${bench.title} ==`);
  await bench.run();
}
