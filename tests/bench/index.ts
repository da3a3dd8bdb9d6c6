// `npm run bench`: every benchmark prints ratios against a reference measured in the same run
// (never absolute timings in tests). Run it on an otherwise idle machine.
import os from 'node:os';
import { runDraftMotionBench } from './draft-motion-bench';
import { runGenerationBench } from './generation-bench';
import { runRenderBench } from './render-bench';

console.log(`Adloom benchmarks — ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
console.log('== Export engine: ours vs the limit (decode + encode only) ==');
await runRenderBench();
console.log('\n== Draft motion ==');
await runDraftMotionBench();
console.log('\n== Generation queue: 8 clips, concurrency 4, fake tasks of 10 s ==');
const gen = await runGenerationBench();
console.log(`generation: ${(gen.ms / 1000).toFixed(2)} s (limit ${(gen.limitMs / 1000).toFixed(1)} s) — ${gen.ok ? 'OK' : 'TOO SLOW'}`);
