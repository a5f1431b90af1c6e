/**
 * The byte offset of the first byte that is not valid UTF-8, or -1 when the whole file is.
 * The prefix before the first replacement character a lenient decoder writes is valid UTF-8, so
 * encoding it again gives its exact length in bytes (a real U+FFFD in the file is skipped over).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    const offset = encoder.encode(text.slice(0, index)).length;
    const genuine = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!genuine) return offset;
  }
  return -1;
}
