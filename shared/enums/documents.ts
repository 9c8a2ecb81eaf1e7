/**
 * What a resident's document is, and the file types Amizero keeps. Stored values are
 * these ids; labels live in the i18n catalogues under `documents.kind.<id>`.
 */
export const DOCUMENT_KINDS = ['id_document', 'medical', 'legal', 'consent_form', 'photo', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Scans and photos only: what shelters receive, and what the viewer can show without plug-ins. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** 20 MiB per file, counted on the decoded bytes. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** Longest base64 text that can decode to DOCUMENT_MAX_BYTES (4 characters per 3 bytes, padded). */
export const DOCUMENT_MAX_BASE64_LENGTH = Math.ceil(DOCUMENT_MAX_BYTES / 3) * 4;

/** Name endings that go with each type; a name with none of these is judged by content alone. */
export const DOCUMENT_EXTENSIONS: Record<DocumentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
};
