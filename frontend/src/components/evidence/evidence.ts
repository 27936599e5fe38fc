// What evidence files the API takes (domain/attachment.go): images, PDF, text and office
// documents, at most 10 MiB each. The server decides the type from the content; this only
// spares the user an upload that would be refused.

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const EXTENSIONS = [
  '.jpg', '.jpeg', '.png', '.gif', '.webp', '.heic',
  '.pdf', '.txt',
  '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt', '.ods',
];

/** For the file picker's accept attribute. */
export const EVIDENCE_ACCEPT = ['image/*', ...EXTENSIONS].join(',');

export type EvidenceProblem = 'too_large' | 'type' | 'empty';

/** Why a file cannot be evidence, or null if it can. */
export function checkEvidence(file: { name: string; size: number; type?: string }): EvidenceProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_EVIDENCE_BYTES) return 'too_large';
  const name = file.name.toLowerCase();
  const byName = EXTENSIONS.some((ext) => name.endsWith(ext));
  const byType = (file.type ?? '').startsWith('image/');
  return byName || byType ? null : 'type';
}

export function isImage(contentType: string): boolean {
  return contentType.startsWith('image/');
}
