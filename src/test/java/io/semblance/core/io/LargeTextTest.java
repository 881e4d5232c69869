// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text larger than one chunk of reading and decoding: the text is exactly what one pass gives, characters cut by a
 * chunk's end included; reading and decoding stop when cancelled; a file too large for one read is refused in a
 * sentence.
 */
class LargeTextTest {
    private static final Path FILE = Path.of("big.csv");
    @TempDir
    Path dir;

    /**
     * Text of a little over as many chunks as {@code specials}: special character i starts one code unit before the
     * end of chunk i + 1, so that its bytes are cut by that chunk's end.
     */
    private static byte[] acrossChunks(Charset cs, String... specials) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] line = "a,b,c\n".getBytes(cs);
        byte[] x = "x".getBytes(cs);
        for (int i = 0; i < specials.length; i++) {
            int target = (i + 1) * TextDecoding.CHUNK - x.length;
            while (out.size() + line.length <= target) {
                out.write(line, 0, line.length);
            }
            while (out.size() < target) {
                out.write(x, 0, x.length);
            }
            byte[] sp = (specials[i] + "\n").getBytes(cs);
            out.write(sp, 0, sp.length);
        }
        out.write(line, 0, line.length);
        return out.toByteArray();
    }

    private static String decoded(byte[] bytes, Charset forced) throws DataFormatException {
        TextDecoding.Decoded d = TextDecoding.decode(bytes, forced, false, FILE, Cancellation.NEVER);
        return new String(d.text(), 0, d.length());
    }

    @Test
    void charactersCutByAChunksEndDecodeAsInOnePass() throws Exception {
        byte[] utf8 = acrossChunks(StandardCharsets.UTF_8, "é", "€", "\uD83D\uDE00");
        String expected = new String(utf8, StandardCharsets.UTF_8);
        assertEquals(expected, decoded(utf8, null), "detected");
        assertEquals(expected, decoded(utf8, StandardCharsets.UTF_8), "chosen");
        byte[] utf16 = acrossChunks(StandardCharsets.UTF_16LE, "\uD83D\uDE00");
        assertEquals(new String(utf16, StandardCharsets.UTF_16LE), decoded(utf16, StandardCharsets.UTF_16LE));
    }

    @Test
    void anUndecodableByteAfterTheFirstChunkIsFoundAndNamed() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] latin = acrossChunks(cp1252, "é");
        String expected = new String(latin, cp1252);
        TextDecoding.Decoded d = TextDecoding.decode(latin, null, false, FILE, Cancellation.NEVER);
        assertEquals(expected, new String(d.text(), 0, d.length()), "detection falls back to windows-1252");
        assertEquals(cp1252, d.charset());
        long line = expected.substring(0, expected.indexOf('é')).chars().filter(c -> c == '\n').count() + 1;
        DataFormatException e = assertThrows(DataFormatException.class, () -> decoded(latin,
                StandardCharsets.UTF_8));
        assertEquals("big.csv, line " + line + ": byte 0xE9 is not valid UTF-8, the encoding chosen for this file;"
                + " choose another encoding, or let it be detected", e.getMessage());
    }

    @Test
    void readingAndDecodingStopWhenCancelled() throws Exception {
        byte[] text = acrossChunks(StandardCharsets.UTF_8, "é", "€");
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> TextDecoding.decode(text, null, false, FILE, cancelled));
        Path file = dir.resolve("few-long-rows.csv");
        java.nio.file.Files.write(file, text);
        assertThrows(CancelledException.class, () -> FileHead.read(file, -1, cancelled));
        FileHead whole = FileHead.read(file, -1, Cancellation.NEVER);
        assertEquals(false, whole.truncated());
        assertEquals(true, Arrays.equals(text, whole.bytes()), "read whole, chunk by chunk");
    }

    @Test
    void aTextFileOverTwoGigabytesIsRefusedInASentence() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(2_300_000_000L); // sparse: takes no disk space
        }
        DataFormatException e = assertThrows(DataFormatException.class, () -> new CsvReader().read(file,
                ReadOptions.defaults(), Integer.MAX_VALUE, ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("huge.csv: the file is 2.3 GB, and a text table is read whole, at most 2 GB of it; split it, or"
                + " use fewer of its rows", e.getMessage());
    }
}
