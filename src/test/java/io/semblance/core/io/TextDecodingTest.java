// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Encoding detection and the strictness of an encoding the user chose. */
class TextDecodingTest {
    private static final Path FILE = Path.of("t.csv");

    private static String decoded(byte[] bytes, Charset forced, boolean truncated) throws Exception {
        TextDecoding.Decoded d = TextDecoding.decode(bytes, forced, truncated, FILE);
        return new String(d.text(), 0, d.length());
    }

    @Test
    void recognisesUtf16WithoutAByteOrderMarkInBothByteOrders() throws Exception {
        String text = "a,b\nZoë,1\n";
        assertEquals(text, decoded(text.getBytes(StandardCharsets.UTF_16LE), null, false));
        assertEquals(text, decoded(text.getBytes(StandardCharsets.UTF_16BE), null, false));
        assertEquals(StandardCharsets.UTF_16BE, TextDecoding.decode(text.getBytes(StandardCharsets.UTF_16BE), null,
                false, FILE).charset());
        assertNull(TextDecoding.utf16WithoutBom("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aChosenEncodingNamesTheLineOfTheFirstByteItCannotDecode() {
        byte[] bytes = "a,b\r\nx,y\nJos\u00e9,1\n".getBytes(Charset.forName("windows-1252"));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TextDecoding.decode(bytes, StandardCharsets.UTF_8, false, FILE));
        assertEquals("t.csv, line 3: byte 0xE9 is not valid UTF-8, the encoding chosen for this file; choose another"
                + " encoding, or let it be detected", e.getMessage());
    }

    @Test
    void aCharacterCutAtTheEndOfAFilesStartIsNoError() throws Exception {
        byte[] bytes = "a,b\n1,\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertEquals("a,b\n1,", decoded(cut, StandardCharsets.UTF_8, true).substring(0, 6));
        assertThrows(DataFormatException.class, () -> decoded(cut, StandardCharsets.UTF_8, false));
    }

    @Test
    void binaryDataIsRefusedButAStrayControlCharacterIsNot() throws Exception {
        TextDecoding.Decoded nul = TextDecoding.decode("a,b\n1,2\n3,\u0000\n".getBytes(StandardCharsets.UTF_8), null,
                false, FILE);
        DataFormatException e = assertThrows(DataFormatException.class, () -> BinaryCheck.requireText(nul, FILE));
        assertEquals("t.csv, line 3: the file holds binary data (control character 0x00), not text; expected"
                + " delimited text (CSV, TSV) in UTF-8, UTF-16 or windows-1252, or an .xlsx workbook", e.getMessage());
        BinaryCheck.requireText(TextDecoding.decode("a,b\n1,2\n\u001a".getBytes(StandardCharsets.UTF_8), null, false,
                FILE), FILE);
    }
}
