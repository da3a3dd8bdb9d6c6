/// <reference types="vitest/config" />
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';
import pkg from './package.json' with { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
const abs = (p: string): string => path.resolve(here, p);

// Everything main needs at runtime stays a real require/import (better-sqlite3 is native).
const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.optionalDependencies ?? {}),
];

/** `vite build --mode cli`: the plain-Node `adloom` command (also the browser-mode server). */
const cliConfig: UserConfig = {
  build: {
    ssr: abs('main/cli/index.ts'),
    outDir: abs('dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: {
      external,
      output: { format: 'es', entryFileNames: 'adloom.js', banner: '#!/usr/bin/env node' },
    },
  },
};

const unit = { name: 'unit', include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'], environment: 'node' as const };

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'cli') return cliConfig;
  const underVitest = process.env.VITEST !== undefined;
  return {
    root: abs('renderer'),
    base: './',
    build: { outDir: abs('dist/renderer'), emptyOutDir: true },
    plugins: [
      react(),
      // The electron plugin builds main and preload; it must not run inside Vitest.
      ...(underVitest
        ? []
        : [
            electron({
              main: {
                entry: abs('main/index.ts'),
                vite: { build: { outDir: abs('dist/main'), rolldownOptions: { external } } },
              },
              // Sandboxed preloads cannot load split chunks or npm modules: one CommonJS file.
              preload: {
                input: abs('preload/index.ts'),
                vite: {
                  build: {
                    outDir: abs('dist/preload'),
                    rolldownOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'index.cjs' } },
                  },
                },
              },
            }),
          ]),
    ],
    test: {
      root: here,
      projects: [
        { test: { ...unit } },
        { test: { name: 'architecture', include: ['tests/architecture/**/*.test.ts'], environment: 'node' as const, testTimeout: 60_000 } },
        {
          test: {
            name: 'integration',
            include: ['tests/integration/**/*.test.ts'],
            environment: 'node' as const,
            testTimeout: 120_000,
            hookTimeout: 120_000,
            // Two cores: FFmpeg-heavy files in parallel only slow each other down.
            fileParallelism: false,
          },
        },
        {
          // Browser mode in Debian's Chromium; needs `npm run build` first (npm test builds).
          test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node' as const, testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
        },
      ],
    },
  };
});
