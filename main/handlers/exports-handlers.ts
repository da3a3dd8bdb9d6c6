import fs from 'node:fs/promises';
import type { NamespaceHandlers } from './handler-types';
import { exportToDto } from './to-dto';

/** True while a regular file is still at the path (the person may have moved or deleted it since). */
async function isFile(file: string): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null);
  return stat !== null && stat.isFile();
}

export const exportsHandlers: NamespaceHandlers<'exports'> = {
  'exports.list': async ({ projectId }, ctx) => {
    // NOT_FOUND for an unknown project rather than an empty history.
    ctx.store.projects.get(projectId);
    const records = ctx.store.exports.listForProject(projectId);
    return Promise.all(records.map(async (record) => exportToDto(record, await isFile(record.path))));
  },
};
