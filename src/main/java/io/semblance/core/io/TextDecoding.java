// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a text file's bytes: honours a BOM, else strict UTF-8, else Windows-1252 (a superset of Latin-1). */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** The decoded text and the charset that was used. */
    record Decoded(char[] text, int length, Charset charset) {
    }

    /** Decodes with {@code forced} when given, otherwise detects the encoding as described above. */
    static Decoded decode(byte[] bytes, Charset forced) {
        int offset = 0;
        Charset cs = forced;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            cs = cs == null ? StandardCharsets.UTF_8 : cs;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            offset = 2;
            cs = cs == null ? StandardCharsets.UTF_16LE : cs;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            offset = 2;
            cs = cs == null ? StandardCharsets.UTF_16BE : cs;
        }
        if (cs != null) {
            return decodeWith(bytes, offset, cs, false);
        }
        Decoded utf8 = decodeWith(bytes, 0, StandardCharsets.UTF_8, true);
        return utf8 != null ? utf8 : decodeWith(bytes, 0, WINDOWS_1252, false);
    }

    private static Decoded decodeWith(byte[] bytes, int offset, Charset cs, boolean strict) {
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            if (out.hasArray()) {
                return new Decoded(out.array(), out.limit(), cs);
            }
            char[] a = new char[out.remaining()];
            out.get(a);
            return new Decoded(a, a.length, cs);
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
