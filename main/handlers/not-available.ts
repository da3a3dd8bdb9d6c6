import { AppError } from '../core/shared/app-error';

/**
 * For commands the contract declares but whose core is not written yet. They fail loudly
 * with INTERNAL, so nothing pretends to work; each is listed as unfinished until wired.
 */
export function notAvailable(command: string): never {
  throw new AppError('INTERNAL', `${command} is not available yet`, { command, notImplemented: true });
}
