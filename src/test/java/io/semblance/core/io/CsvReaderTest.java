// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    private Dataset read(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return TableReaders.read(p);
    }

    private Dataset read(String content) throws Exception {
        return read("t.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAdultWithMissingQuestionMarks() throws Exception {
        Dataset d = TableReaders.read(Fixtures.ADULT.path());
        assertEquals(32561, d.rowCount());
        assertEquals(15, d.columnCount());
        assertEquals("age", d.name(0));
        long missingWorkclass = java.util.Arrays.stream(d.column(d.indexOf("workclass"))).filter(v -> v == null).count();
        assertEquals(1836, missingWorkclass);
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndNewlines() throws Exception {
        Dataset d = read("id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\r\nlines\"\r\n");
        assertArrayEquals(new String[]{"a, b", "say \"hi\"", "two\r\nlines"}, d.column(1));
    }

    @Test
    void detectsSemicolonTabAndPipe() throws Exception {
        assertEquals(List.of("a", "b"), read("a;b\n1,5;2\n").names());
        assertEquals("1,5", read("a;b\n1,5;2\n").value(0, 0));
        assertEquals(List.of("a", "b", "c"), read("x.tsv", "a\tb\tc\n1\t2\t3\n".getBytes(StandardCharsets.UTF_8)).names());
        assertEquals(List.of("a", "b"), read("a|b\n1|2\n").names());
    }

    @Test
    void detectsAMissingHeader() throws Exception {
        Dataset d = read("1,2.5,x\n3,4.5,y\n");
        assertEquals(List.of("column_1", "column_2", "column_3"), d.names());
        assertEquals(2, d.rowCount());
        Dataset h = read("age,score\n1,2\n");
        assertEquals(List.of("age", "score"), h.names());
    }

    @Test
    void utf8WithBomAndWindows1252() throws Exception {
        byte[] body = "név,város\nÁrpád,Győr\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Dataset d = read("bom.csv", bom);
        assertEquals("név", d.name(0));
        Dataset l = read("latin.csv", "name,city\nJosé,Zürich – €\n".getBytes(Charset.forName("windows-1252")));
        assertEquals("Zürich – €", l.value(0, 1));
        assertTrue(l.warnings().get(0).contains("not valid UTF-8"), l.warnings().toString());
    }

    @Test
    void defaultAndCustomMissingTokens() throws Exception {
        Dataset d = read("a,b,c,d,e,f,g,h\n,NA,N/A,null,NULL,NaN,?,ok\n");
        for (int c = 0; c < 7; c++) {
            assertNull(d.value(0, c), d.name(c));
        }
        Path p = dir.resolve("custom.csv");
        Files.writeString(p, "a,b\n-99,NA\n");
        Dataset custom = TableReaders.read(p, ReadOptions.defaults().withMissing(Set.of("-99")),
                ProgressListener.NONE, Cancellation.NEVER);
        assertNull(custom.value(0, 0));
        assertEquals("NA", custom.value(0, 1));
    }

    @Test
    void lfCrlfAndBlankLinesAndTrailingEmptyField() throws Exception {
        Dataset d = read("a,b\n1,\n\n2,3\r\n");
        assertEquals(2, d.rowCount());
        assertNull(d.value(0, 1));
        assertEquals("3", d.value(1, 1));
    }
}
