import { fix_text, TextFixerConfig } from 'ftfy-js';

/**
 * Mojibake: UTF-8 bytes that were decoded with a Windows code page and saved again
 * (`ğŸ”“` for 🔓, `donâ€™t` for don’t). ftfy-js repairs what can be reversed without
 * guessing and leaves real Turkish, French or German text alone.
 */
// A TextFixerConfig, not a plain object: ftfy-js 6.3.2 ignores some plain-object options in fix_text.
const ENCODING_ONLY = new TextFixerConfig({
  fix_encoding: true,
  // Off: it guesses that a space after garbled text was a lost no-break-space byte (🌍 → 🌠).
  restore_byte_a0: false,
  // Off: on a sequence that lost a byte it also swallows the next space as a guessed byte.
  decode_inconsistent_utf8: false,
  fix_c1_controls: true,
  // Everything below would change text that is not mojibake: keep the author's typography.
  replace_lossy_sequences: false,
  unescape_html: false,
  remove_terminal_escapes: false,
  fix_latin_ligatures: false,
  fix_character_width: false,
  uncurl_quotes: false,
  fix_line_breaks: false,
  remove_control_chars: false,
  normalization: null,
});

export function repairMojibake(text: string): string {
  // Pure ASCII can never be mojibake; skipping it keeps the content step fast.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return fix_text(text, ENCODING_ONLY);
}

/** A garbled sequence that lost a byte on the way and cannot be repaired without choosing. */
export interface LossySequence {
  /** Index in the string (UTF-16 code units). */
  index: number;
  text: string;
  /** Characters the sequence could have been, one per missing byte that fits. */
  candidates: string[];
}

// Code pages whose undefined bytes a Windows encoder silently drops.
const CODE_PAGES = ['windows-1252', 'windows-1254'] as const;

interface CodePage {
  byteOf: Map<string, number>;
  /** Bytes the code page leaves undefined (decoded as C1 controls by WHATWG). */
  undefinedBytes: number[];
}

const codePages: CodePage[] = CODE_PAGES.map((label) => {
  const decoder = new TextDecoder(label);
  const byteOf = new Map<string, number>();
  const undefinedBytes: number[] = [];
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x80 && code <= 0x9f) undefinedBytes.push(byte);
    else byteOf.set(char, byte);
  }
  return { byteOf, undefinedBytes };
});

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeOne(bytes: number[]): string | undefined {
  try {
    const text = strictUtf8.decode(new Uint8Array(bytes));
    // Exactly one printable character: letters, symbols (emoji), punctuation or numbers.
    return [...text].length === 1 && /^[\p{L}\p{S}\p{P}\p{N}]$/u.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

const isEmoji = (char: string) => /\p{Emoji_Presentation}/u.test(char);

function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return 0; // two-byte sequences missing a byte are too ambiguous to flag
}

/**
 * Finds garbled multi-byte sequences that are one byte short, where putting back one of
 * the code page's undefined bytes gives a real character. Run it after `repairMojibake`.
 */
export function findLossyMojibake(text: string): LossySequence[] {
  const found = new Map<number, LossySequence>();
  const chars = [...text];
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  for (const page of codePages) {
    for (let i = 0; i < chars.length; i++) {
      const lead = page.byteOf.get(chars[i] ?? '');
      if (lead === undefined) continue;
      const length = sequenceLength(lead);
      if (length === 0) continue;
      const continuation: number[] = [];
      for (let j = i + 1; j < chars.length && continuation.length < length - 1; j++) {
        const byte = page.byteOf.get(chars[j] ?? '');
        if (byte === undefined || byte < 0x80 || byte > 0xbf) break;
        continuation.push(byte);
      }
      if (continuation.length !== length - 2) continue;
      const candidates = new Set<string>();
      for (let at = 0; at <= continuation.length; at++) {
        for (const missing of page.undefinedBytes) {
          const bytes = [lead, ...continuation.slice(0, at), missing, ...continuation.slice(at)];
          const char = decodeOne(bytes);
          if (char) candidates.add(char);
        }
      }
      const index = offsets[i] ?? 0;
      if (candidates.size > 0 && !found.has(index)) {
        found.set(index, {
          index,
          text: chars.slice(i, i + 1 + continuation.length).join(''),
          // Emoji first: garbled sequences in prose are nearly always emoji.
          candidates: [...candidates].sort(
            (a, b) => Number(isEmoji(b)) - Number(isEmoji(a)),
          ),
        });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}
