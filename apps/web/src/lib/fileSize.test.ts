import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize.ts';

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1.023 B'],
    [1024, '1 kB'],
    [12_595, '12,3 kB'],
    [1_258_291, '1,2 MB'],
    [50 * 1024 * 1024, '50 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('given %i bytes, then Danish shows %s', (bytes, shown) => {
    expect(formatFileSize(bytes, 'da-DK')).toBe(shown);
  });

  it('given English, then the decimal sign is a point', () => {
    expect(formatFileSize(12_595, 'en-GB')).toBe('12.3 kB');
  });
});
