/**
 * Bytes of a content file to text. Strict UTF-8: a byte sequence that is not UTF-8 is an error naming its
 * line and column, never a silent U+FFFD on the page. A UTF-8 byte-order mark (as some Windows editors
 * write) is dropped, so it is not mistaken for text before the frontmatter.
 */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeContent(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // Find the first bad sequence: decode ever longer prefixes of the valid part.
    let good = 0;
    const lenient = new TextDecoder('utf-8');
    const text = lenient.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = bad >= 0 ? text.slice(0, bad) : text;
    good = Buffer.byteLength(before, 'utf8');
    const lines = before.split('\n');
    const byte = bytes[good];
    return {
      ok: false,
      line: lines.length,
      column: [...lines[lines.length - 1]!].length + 1,
      message: `byte 0x${(byte ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8 (the file looks saved in another encoding, such as GBK or Windows-1252)`,
    };
  }
}
