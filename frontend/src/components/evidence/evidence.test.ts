import { describe, expect, it } from 'vitest';
import { checkEvidence, MAX_EVIDENCE_BYTES } from './evidence';

describe('checkEvidence', () => {
  it('takes images, PDF and office documents up to 10 MiB', () => {
    expect(checkEvidence({ name: 'receipt.PNG', size: 100 })).toBeNull();
    expect(checkEvidence({ name: 'photo', size: 100, type: 'image/heic' })).toBeNull();
    expect(checkEvidence({ name: 'contract.docx', size: MAX_EVIDENCE_BYTES })).toBeNull();
  });
  it('refuses other types, empty and too large files', () => {
    expect(checkEvidence({ name: 'video.mp4', size: 100, type: 'video/mp4' })).toBe('type');
    expect(checkEvidence({ name: 'a.pdf', size: MAX_EVIDENCE_BYTES + 1 })).toBe('too_large');
    expect(checkEvidence({ name: 'a.pdf', size: 0 })).toBe('empty');
  });
});
