// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the rows of one worksheet part, turning each cell into display text; never builds a tree of the sheet. */
final class XlsxSheetParser {
    /** Excel's widest sheet has 16,384 columns (A to XFD). */
    static final int MAX_COLUMNS = 16_384;

    /** Receives each row that has at least one cell element. */
    interface RowSink {
        /**
         * @param rowIndex 0-based sheet row
         * @param values   cell text by 0-based column, null where empty, trailing nulls trimmed; the sink may keep it
         * @param text     per column, true when the cell holds text (as opposed to a number, date or boolean)
         */
        void row(int rowIndex, String[] values, boolean[] text) throws DataFormatException;
    }

    private final XlsxPackage pkg;
    private final String part;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;
    private String[] values = new String[16];
    private boolean[] text = new boolean[16];
    private int touched;

    XlsxSheetParser(XlsxPackage pkg, String part, XlsxSharedStrings sharedStrings, XlsxStyles styles,
            boolean date1904) {
        this.pkg = pkg;
        this.part = part;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** Reads the sheet, passing every row to the sink in document order. */
    void parse(XMLStreamReader xml, RowSink sink) throws XMLStreamException, DataFormatException {
        int rowIndex = -1;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = XlsxXml.attr(xml, "r");
                rowIndex = r == null ? rowIndex + 1 : parseRowNumber(r) - 1;
                int width = readRow(xml);
                sink.row(rowIndex, Arrays.copyOf(values, width), Arrays.copyOf(text, width));
            }
        }
    }

    /** Reads the cells of the current row into the buffers; returns the width up to the last non-empty cell. */
    private int readRow(XMLStreamReader xml) throws XMLStreamException, DataFormatException {
        Arrays.fill(values, 0, touched, null);
        Arrays.fill(text, 0, touched, false);
        touched = 0;
        int width = 0;
        int column = -1;
        while (XlsxXml.nextChild(xml)) {
            if (!"c".equals(xml.getLocalName())) {
                XlsxXml.skip(xml);
                continue;
            }
            String ref = XlsxXml.attr(xml, "r");
            column = ref == null ? column + 1 : parseColumn(ref);
            if (column >= values.length) {
                values = Arrays.copyOf(values, Math.max(column + 1, values.length * 2));
                text = Arrays.copyOf(text, values.length);
            }
            readCell(xml, column, ref);
            touched = Math.max(touched, column + 1);
            if (values[column] != null) {
                width = Math.max(width, column + 1);
            }
        }
        return width;
    }

    /** Reads one {@code <c>} element (current start tag) into column {@code col}. */
    private void readCell(XMLStreamReader xml, int col, String ref) throws XMLStreamException, DataFormatException {
        String type = XlsxXml.attr(xml, "t");
        String style = XlsxXml.attr(xml, "s");
        String v = null;
        String inline = null;
        while (XlsxXml.nextChild(xml)) {
            String name = xml.getLocalName();
            if ("v".equals(name)) {
                v = xml.getElementText();
            } else if ("is".equals(name)) {
                inline = XlsxXml.stringItem(xml);
            } else {
                XlsxXml.skip(xml);
            }
        }
        String value = null;
        boolean isText = false;
        if (type == null || "n".equals(type)) {
            if (v != null && !v.isBlank()) {
                XlsxStyles.Kind kind = styles.kind(parseStyle(style));
                value = kind == XlsxStyles.Kind.NUMBER ? XlsxValues.number(v)
                        : XlsxValues.serialDate(v, date1904, kind == XlsxStyles.Kind.TIME);
            }
        } else {
            switch (type) {
                case "s" -> {
                    value = sharedString(v, ref, col);
                    isText = true;
                }
                case "inlineStr" -> {
                    value = inline != null ? inline : v;
                    isText = true;
                }
                case "str" -> {
                    value = v == null ? null : XlsxXml.unescape(v);
                    isText = true;
                }
                case "b" -> value = v == null || v.isBlank() ? null : String.valueOf(XlsxXml.isTrue(v.strip()));
                case "d" -> value = v == null || v.isBlank() ? null : XlsxValues.isoDate(v);
                case "e" -> value = null;
                default -> throw pkg.damaged(where(ref, col) + " has an unknown cell type \"" + type + "\"");
            }
        }
        values[col] = value;
        text[col] = isText && value != null;
    }

    private String sharedString(String v, String ref, int col) throws DataFormatException {
        if (v == null || v.isBlank()) {
            return null;
        }
        int index;
        try {
            index = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw pkg.damaged(where(ref, col) + " refers to shared string \"" + v + "\", which is not a number");
        }
        String s = sharedStrings.get(index);
        if (s == null) {
            throw pkg.damaged(where(ref, col) + " refers to shared string " + index + " but the table has only "
                    + sharedStrings.size());
        }
        return s;
    }

    private String where(String ref, int col) {
        return "cell " + (ref != null ? ref : "in column " + (col + 1)) + " of " + part;
    }

    private static int parseStyle(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** 0-based column of a reference such as "C5" (or "$C$5"). */
    private int parseColumn(String ref) throws DataFormatException {
        int col = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
                letters++;
                if (col > MAX_COLUMNS) {
                    break;
                }
            } else if (c != '$') {
                break;
            }
        }
        if (letters == 0 || col > MAX_COLUMNS) {
            throw pkg.damaged(part + " has an invalid cell reference \"" + ref + "\"");
        }
        return col - 1;
    }

    private int parseRowNumber(String r) throws DataFormatException {
        try {
            int n = Integer.parseInt(r.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw pkg.damaged(part + " has an invalid row number \"" + r + "\"");
    }
}
