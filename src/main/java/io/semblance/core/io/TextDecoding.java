// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decodes a text file's bytes: honours a BOM, else recognises UTF-16 without one (every other byte zero), else
 * strict UTF-8, else Windows-1252 (a superset of Latin-1). An encoding chosen by the user is applied strictly: bytes
 * it cannot decode are an error naming their line, not silently replaced.
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes looked at to recognise UTF-16 without a byte-order mark. */
    private static final int UTF16_PROBE = 4096;
    /** Bytes decoded between two checks for cancellation: a few milliseconds' work. */
    static final int CHUNK = 8 << 20;

    private TextDecoding() {
    }

    /**
     * The decoded text, the charset that was used and, when detection had to guess, a warning saying so (else null).
     */
    record Decoded(char[] text, int length, Charset charset, String warning) {
    }

    /**
     * Decodes with {@code forced} when given, otherwise detects the encoding as described above. {@code truncated}
     * says the bytes are only the start of the file (their last character may be cut).
     */
    static Decoded decode(byte[] bytes, Charset forced, boolean truncated, Path file) throws DataFormatException {
        return decode(bytes, forced, truncated, file, Cancellation.NEVER);
    }

    /** As {@link #decode(byte[], Charset, boolean, Path)}, checking {@code cancel} between chunks of the bytes. */
    static Decoded decode(byte[] bytes, Charset forced, boolean truncated, Path file, Cancellation cancel)
            throws DataFormatException {
        int offset = bomLength(bytes);
        if (forced != null) {
            return strict(bytes, offset, forced, truncated, file, cancel);
        }
        if (offset > 0) {
            Charset bom = offset == 3 ? StandardCharsets.UTF_8
                    : (bytes[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return decodeWith(bytes, offset, bom, false, null, cancel);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return decodeWith(bytes, 0, utf16, false, "the file has no byte-order mark but is " + utf16.name()
                    + " text; read it as " + utf16.name(), cancel);
        }
        Decoded utf8 = decodeWith(bytes, 0, StandardCharsets.UTF_8, true, null, cancel);
        return utf8 != null ? utf8 : decodeWith(bytes, 0, WINDOWS_1252, false,
                "the file is not valid UTF-8; read it as " + WINDOWS_1252.displayName(), cancel);
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        boolean le = b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE;
        boolean be = b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF;
        return le || be ? 2 : 0;
    }

    /**
     * UTF-16LE when at least 40% of the odd bytes of the file's start are zero and hardly any even byte is (text in
     * the Latin range), UTF-16BE for the mirror image, else null.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, UTF16_PROBE) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero >= 0.4 * pairs && evenZero <= 0.02 * pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero >= 0.4 * pairs && oddZero <= 0.02 * pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes with a chosen charset, refusing bytes it cannot decode (except a character cut at a truncated end). */
    private static Decoded strict(byte[] bytes, int offset, Charset cs, boolean truncated, Path file,
                                  Cancellation cancel) throws DataFormatException {
        Run run = run(bytes, offset, cs, CodingErrorAction.REPORT, cancel);
        int bad = run.in().position();
        if (run.result().isError() && !(truncated && bad >= bytes.length - 4)) {
            long line = lineOf(run.out().array(), run.out().position());
            String hex = String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF);
            throw new DataFormatException(file, line, 0, "byte " + hex + " is not valid " + cs.name()
                    + ", the encoding chosen for this file; choose another encoding, or let it be detected");
        }
        return run.result().isError() ? decodeWith(bytes, offset, cs, false, null, cancel)
                : new Decoded(run.out().array(), run.out().position(), cs, null);
    }

    /** Decodes leniently (undecodable bytes become U+FFFD) or, when {@code strict}, returns null at the first one. */
    private static Decoded decodeWith(byte[] bytes, int offset, Charset cs, boolean strict, String warning,
                                      Cancellation cancel) {
        Run run = run(bytes, offset, cs, strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE, cancel);
        return run.result().isError() ? null : new Decoded(run.out().array(), run.out().position(), cs, warning);
    }

    /** The state a decoding run ends in: where it stopped reading, what it wrote, and why it stopped. */
    private record Run(ByteBuffer in, CharBuffer out, CoderResult result) {
    }

    /**
     * Decodes {@code bytes} from {@code offset} to the end, {@link #CHUNK} bytes at a time so that a large file can be
     * cancelled between chunks. A run ends at the end of the bytes (with an underflow result) or at the first byte
     * {@code action} REPORT refuses (with an error result, {@code in} positioned on that byte). A multi-byte
     * character cut by a chunk's end is kept back for the next chunk, so the text is what one pass would give.
     */
    private static Run run(byte[] bytes, int offset, Charset cs, CodingErrorAction action, Cancellation cancel) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) Math.ceil((bytes.length - offset) * (double) dec.maxCharsPerByte()) + 4));
        while (true) {
            cancel.check();
            in.limit((int) Math.min(bytes.length, (long) in.position() + CHUNK));
            boolean last = in.limit() == bytes.length;
            CoderResult r = dec.decode(in, out, last);
            if (r.isOverflow()) {
                out = grown(out);
                continue;
            }
            if (r.isError()) {
                return new Run(in, out, r);
            }
            if (last) {
                CoderResult f;
                while ((f = dec.flush(out)).isOverflow()) {
                    out = grown(out);
                }
                return new Run(in, out, f);
            }
        }
    }

    private static CharBuffer grown(CharBuffer out) {
        CharBuffer larger = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, out.capacity() * 2L + 16));
        out.flip();
        larger.put(out);
        return larger;
    }

    /** The 1-based line on which character {@code end} of the text lies (CRLF, LF and CR end a line). */
    static long lineOf(char[] text, int end) {
        long line = 1;
        for (int i = 0; i < end; i++) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= end || text[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
