/**
 * Why an age file could not be read. Kept free of app error codes so the age layer
 * stays a plain implementation of the format; the backup layer maps these.
 */
export type AgeErrorKind =
  /** Does not start with the age v1 header line: some other file. */
  | 'not-age'
  /** Malformed header, failed header MAC, failed chunk authentication, truncation, trailing data. */
  | 'damaged'
  /** Passphrase-protected and the passphrase does not open it (or none was given). */
  | 'wrong-passphrase'
  /** Made for recipients none of our identities match. */
  | 'no-identity'
  /** An X25519 share of low order (an all-zero shared secret): a file built to probe the reader. */
  | 'low-order-share'
  /** Valid age, but something we refuse to process (e.g. a scrypt work factor above our limit). */
  | 'unsupported';

export class AgeError extends Error {
  constructor(
    readonly kind: AgeErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'AgeError';
  }
}
