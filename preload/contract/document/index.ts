export { applyPatch } from './apply-patch';
export type { PatchOutcome } from './apply-patch';
export { formatPointer, JsonPointer, parsePointer } from './json-pointer';
export { MAX_PATCH_OPS, PatchOp, PatchOps } from './patch-ops';
