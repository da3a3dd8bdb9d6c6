import type { AppErrorDto, ErrorCode } from '../../../preload/contract/errors';

/** A failed command, as features see it: the contract's error code, a message for people, details. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly command: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(command: string, error: AppErrorDto) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.command = command;
    this.details = error.details;
  }
}
