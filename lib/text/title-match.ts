import { repairMojibake } from './mojibake';

/** Compares titles the way a reader would: ignoring case, punctuation and emoji. */
export function normalizeTitle(text: string): string {
  return repairMojibake(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function sameTitle(a: string, b: string): boolean {
  const left = normalizeTitle(a);
  return left !== '' && left === normalizeTitle(b);
}
