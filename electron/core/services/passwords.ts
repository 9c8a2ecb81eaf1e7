import { AppError } from '../../../shared/errors';
import { isAcceptablePassword, PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';

/** Same rule as the strength meter in the UI (shared/domain/password.ts). */
export function assertStrongPassword(password: string, field: string): void {
  if (!isAcceptablePassword(password)) {
    throw new AppError('WEAK_PASSWORD', `password is too weak (minimum ${PASSWORD_MIN_LENGTH} characters, fair strength)`, {
      fields: [{ path: field, code: 'weakPassword', message: `weakPassword:${JSON.stringify({ min: PASSWORD_MIN_LENGTH })}` }],
    });
  }
}
