// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static io.semblance.core.io.XlsxFixture.row;
import static io.semblance.core.io.XlsxFixture.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and unsupported inputs end in a {@link DataFormatException} that says what is wrong. */
class XlsxReaderErrorsTest {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @TempDir
    Path dir;

    private String problem(Path file) {
        return assertThrows(DataFormatException.class,
                () -> new XlsxReader().read(file, ReadOptions.defaults(), null, null)).problem();
    }

    private Path ole2(String name, String streamName) throws IOException {
        byte[] stream = streamName.getBytes(StandardCharsets.UTF_16LE);
        byte[] data = new byte[1024 + stream.length];
        System.arraycopy(OLE2, 0, data, 0, OLE2.length);
        System.arraycopy(stream, 0, data, 600, stream.length);
        return Files.write(dir.resolve(name), data);
    }

    private Path zip(String name, String... entryAndContent) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entryAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entryAndContent[i]));
                zip.write(entryAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void recognisesEncryptedAndOldBinaryWorkbooks() throws Exception {
        assertTrue(problem(ole2("secret.xlsx", "EncryptionInfo")).contains("password-protected"));
        assertTrue(problem(ole2("old.xlsx", "Workbook")).contains("Excel 97-2003 (.xls)"));
        assertTrue(problem(ole2("odd.xlsx", "Other")).startsWith("is not an Excel .xlsx workbook"));
    }

    @Test
    void rejectsZipsThatAreNotWorkbooks() throws Exception {
        assertEquals(XlsxPackage.NOT_XLSX, problem(zip("doc.xlsx", "word/document.xml", "<document/>")));
        assertTrue(problem(zip("bin.xlsx", "xl/workbook.bin", "x")).contains(".xlsb"));
        assertEquals(XlsxPackage.NOT_XLSX, problem(Files.write(dir.resolve("empty.xlsx"), new byte[0])));
        Path truncated = Files.write(dir.resolve("cut.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertTrue(problem(truncated).startsWith("is a damaged ZIP archive"), problem(truncated));
    }

    @Test
    void reportsAWorkbookWithoutSheets() throws Exception {
        assertEquals("the workbook has no sheets", problem(new XlsxFixture().write(dir, "none.xlsx")));
    }

    @Test
    void namesThePartAndLineOfMalformedXml() throws Exception {
        Path file = new XlsxFixture().sheet("S", row(1, str("A1", 0)))
                .part("xl/worksheets/sheet1.xml", XlsxFixture.HEAD + "<worksheet>\n<sheetData>\n<row r=\"1\"><c r=\"A1\">\n</sheetData>")
                .write(dir, "bad.xlsx");
        String p = problem(file);
        assertTrue(p.startsWith("is a damaged .xlsx workbook: xl/worksheets/sheet1.xml line 5 is not well-formed XML: "), p);
        assertTrue(!p.contains("\n") && !p.contains("ParseError"), p);
    }

    @Test
    void reportsBrokenReferencesInsideTheWorkbook() throws Exception {
        Path badIndex = new XlsxFixture().strings("a").sheet("S", row(1, str("A1", 0)), row(2, str("A2", 7)))
                .write(dir, "index.xlsx");
        assertEquals("is a damaged .xlsx workbook: cell A2 of xl/worksheets/sheet1.xml refers to shared string 7 "
                + "but the table has only 1", problem(badIndex));

        Path badRef = new XlsxFixture().sheet("S", "<row r=\"1\"><c r=\"17\"><v>1</v></c></row>").write(dir, "ref.xlsx");
        assertTrue(problem(badRef).contains("invalid cell reference \"17\""));

        Path missingPart = new XlsxFixture().sheet("S", row(1, str("A1", 0))).write(dir, "part.xlsx");
        try (var fs = java.nio.file.FileSystems.newFileSystem(missingPart)) {
            Files.delete(fs.getPath("xl/worksheets/sheet1.xml"));
        }
        assertEquals("is a damaged .xlsx workbook: the part holding sheet \"S\" is missing", problem(missingPart));
    }

    @Test
    void refusesChartSheets() throws Exception {
        Path file = new XlsxFixture().sheet("Chart1", "")
                .part("xl/_rels/workbook.xml.rels", XlsxFixture.HEAD + "<Relationships xmlns=\"" + XlsxFixture.PKG_REL_NS
                        + "\"><Relationship Id=\"rId1\" Type=\"" + XlsxFixture.REL_NS + "/chartsheet\" "
                        + "Target=\"/xl/chartsheets/sheet1.xml\"/></Relationships>")
                .part("xl/chartsheets/sheet1.xml", "<chartsheet/>")
                .write(dir, "chart.xlsx");
        assertEquals("sheet \"Chart1\" is a chart, so it holds no table; choose another sheet", problem(file));
    }

    @Test
    void ignoresDoctypesInsteadOfFetchingEntities() throws Exception {
        Path file = new XlsxFixture().strings("a")
                .part("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<sst xmlns=\"" + XlsxFixture.NS + "\"><si><t>&x;</t></si></sst>")
                .sheet("S", row(1, str("A1", 0)), row(2, str("A2", 0)))
                .write(dir, "xxe.xlsx");
        String p = problem(file);
        assertTrue(p.contains("xl/sharedStrings.xml") && !p.contains("root:"), p);
    }

    @Test
    void decodesUtf16PartsAndRejectsBytesThatAreNotText() throws Exception {
        Path file = new XlsxFixture().strings("x").sheet("S", row(1, str("A1", 0)), row(2, str("A2", 0))).write(dir, "enc.xlsx");
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><sst xmlns=\"" + XlsxFixture.NS + "\"><si><t>Zoë</t></si></sst>";
        try (var fs = java.nio.file.FileSystems.newFileSystem(file)) {
            Files.write(fs.getPath("xl/sharedStrings.xml"), sst.getBytes(StandardCharsets.UTF_16));
        }
        assertEquals("Zoë", new XlsxReader().read(file, ReadOptions.defaults(), null, null).value(0, 0));
        try (var fs = java.nio.file.FileSystems.newFileSystem(file)) {
            Files.write(fs.getPath("xl/sharedStrings.xml"), sst.replace("UTF-16", "UTF-8").getBytes(StandardCharsets.ISO_8859_1));
        }
        assertTrue(problem(file).startsWith("is a damaged .xlsx workbook: the part xl/sharedStrings.xml is not valid text"),
                problem(file));
    }
}
