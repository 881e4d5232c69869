// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

/** The fixed parts of a one-sheet workbook written by {@link XlsxWriter}: package, workbook and styles. */
final class XlsxParts {
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    static final String CONTENT_TYPES = DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPE + "worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPE + "styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPE + "sharedStrings+xml\"/>"
            + "</Types>";

    static final String ROOT_RELS = DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELS_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    static final String WORKBOOK_RELS = DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELS_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + DOCUMENT_RELS + "/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + DOCUMENT_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>";

    /** Style 0 is the default; style 1 ({@link #BOLD}) is bold, for the header row. */
    static final String STYLES = DECLARATION + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    /** The style index of the header cells. */
    static final int BOLD = 1;

    /** The opening of the worksheet part, up to {@code <sheetData>}. */
    static String sheetStart(String lastCell, double[] widths) {
        StringBuilder b = new StringBuilder(DECLARATION).append("<worksheet xmlns=\"").append(MAIN_NS).append("\">")
                .append("<dimension ref=\"A1:").append(lastCell).append("\"/>")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                        + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.length; c++) {
            b.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append((int) widths[c]).append("\" customWidth=\"1\"/>");
        }
        return b.append("</cols><sheetData>").toString();
    }

    static final String SHEET_END = "</sheetData></worksheet>";

    private XlsxParts() {
    }

    /** The workbook part naming its one sheet; {@code escapedName} is ready for an attribute. */
    static String workbook(String escapedName) {
        return DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + DOCUMENT_RELS + "\">"
                + "<sheets><sheet name=\"" + escapedName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    }
}
