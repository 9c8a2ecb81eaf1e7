import { createHash } from 'node:crypto';

/**
 * What the audit log records of an age recipient: the first 8 bytes of its SHA-256, in
 * hex. Enough to tell which key a backup was sealed to (compare with the fingerprint of
 * the head office's key) without copying keys into the log.
 */
export function recipientFingerprint(recipient: string): string {
  return createHash('sha256').update(recipient, 'utf8').digest().subarray(0, 8).toString('hex');
}

export function recipientFingerprints(recipients: readonly string[]): string[] {
  return recipients.map(recipientFingerprint);
}
