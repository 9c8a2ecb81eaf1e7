import { z } from 'zod';

/**
 * Printing a PDF core made, through the system's print dialog. A print channel (for
 * example `residents.reintegration.fieldSheetPrint`) renders the PDF in core, checks who
 * may have it and returns an opaque one-time token; the page hands that token to main
 * (PRINT_IPC), which redeems it in core for the bytes and shows them in a hidden window
 * that only prints. The bytes stay in memory: no temp file, no path, nothing cached.
 */
export const printTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'invalid');

/** Long enough to press Print and for main to ask for the bytes; a token is spent on first use anyway. */
export const PRINT_JOB_TTL_MS = 2 * 60_000;

/** What a print channel answers: the token for main and the PDF's size. */
export const printJobSchema = z.object({ printToken: printTokenSchema, byteSize: z.number().int().nonnegative() }).strict();
export type PrintJob = z.infer<typeof printJobSchema>;

export const printRequestSchema = z.object({ token: printTokenSchema }).strict();
export type PrintRequest = z.infer<typeof printRequestSchema>;

/** `handedOver`: the bytes reached the print dialog (the OS says whether paper came out). */
export const printResponseSchema = z.object({ handedOver: z.literal(true) }).strict();
export type PrintResponse = z.infer<typeof printResponseSchema>;

/** The IPC name main listens on for print requests. */
export const PRINT_IPC = 'amizero:print';
