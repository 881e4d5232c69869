// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small .xlsx workbooks part by part for tests. */
public final class XlsxFixture {
    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final Map<String, String> parts = new LinkedHashMap<>();
    private final List<String> sheetNames = new ArrayList<>();
    private String workbookPr = "";

    /** Adds a worksheet whose {@code <sheetData>} holds the given rows. */
    public XlsxFixture sheet(String name, String... rows) {
        sheetNames.add(name);
        parts.put("xl/worksheets/sheet" + sheetNames.size() + ".xml",
                HEAD + "<worksheet xmlns=\"" + NS + "\"><sheetData>" + String.join("", rows) + "</sheetData></worksheet>");
        return this;
    }

    /** Adds the shared string table; each item is the inside of an {@code <si>}, or plain text. */
    XlsxFixture strings(String... items) {
        StringBuilder sb = new StringBuilder(HEAD + "<sst xmlns=\"" + NS + "\" count=\"" + items.length + "\">");
        for (String s : items) {
            sb.append("<si>").append(s.startsWith("<") ? s : "<t>" + s + "</t>").append("</si>");
        }
        parts.put("xl/sharedStrings.xml", sb.append("</sst>").toString());
        return this;
    }

    /** Adds styles: custom formats as "id=code" pairs, then cellXfs entries by number format id. */
    XlsxFixture styles(List<String> customFormats, int... xfFormatIds) {
        StringBuilder sb = new StringBuilder(HEAD + "<styleSheet xmlns=\"" + NS + "\"><numFmts>");
        for (String f : customFormats) {
            int eq = f.indexOf('=');
            sb.append("<numFmt numFmtId=\"").append(f, 0, eq).append("\" formatCode=\"")
                    .append(f.substring(eq + 1).replace("\"", "&quot;")).append("\"/>");
        }
        sb.append("</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>");
        for (int id : xfFormatIds) {
            sb.append("<xf numFmtId=\"").append(id).append("\" fontId=\"0\" applyNumberFormat=\"1\"/>");
        }
        parts.put("xl/styles.xml", sb.append("</cellXfs></styleSheet>").toString());
        return this;
    }

    XlsxFixture workbookPr(String attributes) {
        workbookPr = "<workbookPr " + attributes + "/>";
        return this;
    }

    /** Adds or replaces a raw part. */
    XlsxFixture part(String name, String content) {
        parts.put(name, content);
        return this;
    }

    /** Writes the workbook as {@code name} in {@code dir}. */
    public Path write(Path dir, String name) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        all.put("_rels/.rels", HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship Id=\"rId1\" Type=\""
                + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        StringBuilder wb = new StringBuilder(HEAD + "<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + workbookPr + "<sheets>");
        StringBuilder rels = new StringBuilder(HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">");
        for (int i = 1; i <= sheetNames.size(); i++) {
            wb.append("<sheet name=\"").append(sheetNames.get(i - 1)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append(rel(i, "worksheet", "worksheets/sheet" + i + ".xml"));
        }
        rels.append(rel(100, "styles", "styles.xml")).append(rel(101, "sharedStrings", "sharedStrings.xml"));
        all.put("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
        all.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        all.putAll(parts);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String rel(int id, String type, String target) {
        return "<Relationship Id=\"rId" + id + "\" Type=\"" + REL_NS + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    /** A row element holding the given cells. */
    public static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    /** A numeric cell, optionally styled. */
    public static String num(String ref, String v) {
        return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
    }

    static String num(String ref, String v, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + v + "</v></c>";
    }

    /** A shared-string cell pointing at index {@code i}. */
    static String str(String ref, int i) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + i + "</v></c>";
    }

    /** An inline-string cell. */
    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A cell of another type ("b", "e", "str"), with its cached value. */
    static String typed(String ref, String type, String v) {
        return "<c r=\"" + ref + "\" t=\"" + type + "\"><v>" + v + "</v></c>";
    }
}
