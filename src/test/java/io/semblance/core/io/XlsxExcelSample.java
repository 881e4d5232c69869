// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A workbook whose parts copy the shape of what Excel 365 writes (namespaces, extensions, styles, views). */
final class XlsxExcelSample {
    private XlsxExcelSample() {
    }

    private static final String H = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    private static final String R = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String MC = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
    private static final String X14AC = "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\"";
    private static final String XR = "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\"";
    private static final String RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    private static final String T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    static Path write(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", H + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", H + RELS
                + "<Relationship Id=\"rId3\" Type=\"" + T + "extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId1\" Type=\"" + T + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("docProps/app.xml", H + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Microsoft Excel</Application></Properties>");
        parts.put("xl/workbook.xml", H + "<workbook " + MAIN + " " + R + " " + MC + " mc:Ignorable=\"x15 xr\" "
                + "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\" " + XR + ">"
                + "<fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"27425\"/>"
                + "<workbookPr defaultThemeVersion=\"166925\"/>"
                + "<xr:revisionPtr revIDLastSave=\"0\" documentId=\"8_{4A1C2B6E-0D55-4C1B-9E77-2B0F35C8A0E1}\"/>"
                + "<bookViews><workbookView xWindow=\"-120\" yWindow=\"-120\" windowWidth=\"29040\" windowHeight=\"15840\"/></bookViews>"
                + "<sheets><sheet name=\"Staff\" sheetId=\"1\" r:id=\"rId2\"/><sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId1\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">Staff!$A$1:$E$4</definedName></definedNames>"
                + "<calcPr calcId=\"191029\"/></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", H + RELS
                + "<Relationship Id=\"rId3\" Type=\"" + T + "theme\" Target=\"theme/theme1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + T + "worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                + "<Relationship Id=\"rId1\" Type=\"" + T + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId5\" Type=\"" + T + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + T + "styles\" Target=\"styles.xml\"/></Relationships>");
        parts.put("xl/styles.xml", H + "<styleSheet " + MAIN + " " + MC + " mc:Ignorable=\"x14ac\" " + X14AC + ">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>"
                + "<fonts count=\"2\" x14ac:knownFonts=\"1\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/>"
                + "<family val=\"2\"/><scheme val=\"minor\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"><alignment horizontal=\"right\"/></xf>"
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>"
                + "</styleSheet>");
        parts.put("xl/sharedStrings.xml", H + "<sst " + MAIN + " count=\"8\" uniqueCount=\"8\">"
                + "<si><t>Employee</t></si><si><t>Hired</t></si><si><t>Salary</t></si><si><t>Active</t></si>"
                + "<si><t xml:space=\"preserve\">Last login</t></si><si><t>Ana Souza</t></si>"
                + "<si><r><rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr><t>Bo</t></r>"
                + "<r><rPr><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr><t xml:space=\"preserve\"> Chen</t></r></si>"
                + "<si><t>Cy Adeyemi</t><phoneticPr fontId=\"1\"/></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", H + "<worksheet " + MAIN + "><dimension ref=\"A1\"/><sheetData/></worksheet>");
        parts.put("xl/worksheets/sheet2.xml", H + "<worksheet " + MAIN + " " + R + " " + MC + " mc:Ignorable=\"x14ac xr\" "
                + X14AC + " " + XR + " xr:uid=\"{00000000-0001-0000-0000-000000000000}\">"
                + "<sheetPr filterMode=\"false\"><pageSetUpPr fitToPage=\"false\"/></sheetPr><dimension ref=\"A1:E6\"/>"
                + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                + "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"B3\" sqref=\"B3\"/>"
                + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>"
                + "<cols><col min=\"1\" max=\"1\" width=\"14.7109375\" customWidth=\"1\"/>"
                + "<col min=\"2\" max=\"5\" width=\"18.7109375\" bestFit=\"1\" customWidth=\"1\"/></cols><sheetData>\r\n"
                + "<row r=\"1\" spans=\"1:5\" s=\"1\" customFormat=\"1\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" s=\"1\" t=\"s\"><v>1</v></c><c r=\"C1\" s=\"1\" t=\"s\"><v>2</v></c><c r=\"D1\" s=\"1\" t=\"s\"><v>3</v></c>"
                + "<c r=\"E1\" s=\"1\" t=\"s\"><v>4</v></c></row>\r\n"
                + "<row r=\"2\" spans=\"1:5\" x14ac:dyDescent=\"0.25\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" s=\"2\"><v>43539</v></c>"
                + "<c r=\"C2\" s=\"4\"><v>52000</v></c><c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" s=\"3\"><v>45414.395833333336</v></c></row>\r\n"
                + "<row r=\"3\" spans=\"1:5\" x14ac:dyDescent=\"0.25\"><c r=\"A3\" t=\"s\"><v>6</v></c><c r=\"B3\" s=\"2\"><v>44501</v></c>"
                + "<c r=\"C3\" s=\"4\"><v>61250.5</v></c><c r=\"D3\" t=\"b\"><v>0</v></c>"
                + "<c r=\"E3\" s=\"3\" t=\"e\"><f>VLOOKUP(A3,Logins!A:B,2,FALSE)</f><v>#N/A</v></c></row>\r\n"
                + "<row r=\"4\" spans=\"1:5\" x14ac:dyDescent=\"0.25\"><c r=\"A4\" t=\"s\"><v>7</v></c><c r=\"B4\" s=\"2\"/>"
                + "<c r=\"C4\" s=\"4\"><f>C2-4000</f><v>48000</v></c><c r=\"D4\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
                + "<c r=\"E4\" s=\"3\"><v>45412.71194444445</v></c></row>\r\n"
                + "<row r=\"6\" spans=\"1:5\" x14ac:dyDescent=\"0.25\"><c r=\"C6\" s=\"4\"/></row>\r\n"
                + "</sheetData><autoFilter ref=\"A1:E4\"/><phoneticPr fontId=\"2\" type=\"noConversion\"/>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"portrait\" r:id=\"rId1\"/></worksheet>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
