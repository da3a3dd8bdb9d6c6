import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { importsOf, sourceFiles, type ImportRef } from './import-graph';

export interface Violation extends ImportRef {
  rule: string;
}

const NODE_BUILTINS = new Set(builtinModules);
const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/');
const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0] ?? '');

/** Resolves a relative specifier to a root-relative posix path ("main/core/x"), or null for packages. */
function target(root: string, ref: ImportRef): string | null {
  if (!ref.specifier.startsWith('.')) return null;
  return path.relative(root, path.resolve(path.dirname(ref.file), ref.specifier)).split(path.sep).join('/');
}

interface Rule {
  name: string;
  /** Folders (root-relative) the rule applies to. */
  from: string[];
  forbids: (spec: string, resolved: string | null) => boolean;
}

/** The import table of architecture.md "Rules of the house". */
export const RULES: Rule[] = [
  {
    name: 'plain-Node code must not import electron',
    from: ['main/core', 'main/handlers', 'main/cli', 'main/server', 'preload/contract'],
    forbids: (spec) => isElectron(spec),
  },
  {
    name: 'the contract is zod + TypeScript only',
    from: ['preload/contract'],
    forbids: (spec, resolved) => isNodeBuiltin(spec) || (resolved !== null && !resolved.startsWith('preload/contract')),
  },
  {
    name: 'main/core must not depend on its adapters',
    from: ['main/core'],
    forbids: (_spec, resolved) => resolved !== null && /^main\/(app|handlers|cli|server)(\/|$)/.test(resolved),
  },
  {
    name: 'the renderer must not import electron, Node modules or main/',
    from: ['renderer'],
    forbids: (spec, resolved) => isElectron(spec) || isNodeBuiltin(spec) || (resolved !== null && (resolved === 'main' || resolved.startsWith('main/'))),
  },
];

export function findViolations(root: string, rules: Rule[] = RULES): Violation[] {
  const violations: Violation[] = [];
  for (const rule of rules) {
    for (const folder of rule.from) {
      for (const file of sourceFiles(path.join(root, folder))) {
        for (const ref of importsOf(file, fs.readFileSync(file, 'utf8'))) {
          if (rule.forbids(ref.specifier, target(root, ref))) violations.push({ ...ref, file: path.relative(root, file), rule: rule.name });
        }
      }
    }
  }
  return violations;
}
