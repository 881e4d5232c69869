// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Which cell styles ({@code cellXfs} in {@code xl/styles.xml}) display numbers as dates or times. */
final class XlsxStyles {
    /** How a style shows a number. */
    enum Kind { NUMBER, DATE, TIME }

    static final XlsxStyles NONE = new XlsxStyles(new Kind[0]);

    private final Kind[] kinds;

    private XlsxStyles(Kind[] kinds) {
        this.kinds = kinds;
    }

    /** Reads the part, or returns plain number styles when the workbook has none. */
    static XlsxStyles read(XlsxPackage pkg, String part) throws DataFormatException, IOException {
        if (part == null) {
            return NONE;
        }
        return pkg.parse(part, XlsxStyles::parse, null);
    }

    /** How the style with this index (the cell's {@code s} attribute) shows numbers. */
    Kind kind(int styleIndex) {
        return styleIndex >= 0 && styleIndex < kinds.length ? kinds[styleIndex] : Kind.NUMBER;
    }

    private static XlsxStyles parse(XMLStreamReader xml) throws XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        boolean inCellXfs = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("numFmt".equals(name)) {
                    Integer id = parseId(XlsxXml.attr(xml, "numFmtId"));
                    String code = XlsxXml.attr(xml, "formatCode");
                    if (id != null && code != null) {
                        customFormats.put(id, code);
                    }
                } else if ("cellXfs".equals(name)) {
                    inCellXfs = true;
                } else if ("xf".equals(name) && inCellXfs) {
                    Integer id = parseId(XlsxXml.attr(xml, "numFmtId"));
                    xfFormats.add(id == null ? 0 : id);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                inCellXfs = false;
            }
        }
        Kind[] kinds = new Kind[xfFormats.size()];
        for (int i = 0; i < kinds.length; i++) {
            int id = xfFormats.get(i);
            String code = customFormats.get(id);
            kinds[i] = code != null ? kindOf(code) : builtInKind(id);
        }
        return new XlsxStyles(kinds);
    }

    private static Integer parseId(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Built-in formats 14-17 and 22 are dates, 18-21 and 45-47 times. */
    static Kind builtInKind(int id) {
        if (id >= 14 && id <= 17 || id == 22) {
            return Kind.DATE;
        }
        if (id >= 18 && id <= 21 || id >= 45 && id <= 47) {
            return Kind.TIME;
        }
        return Kind.NUMBER;
    }

    /**
     * Classifies a custom format code by its d, m, y, h and s tokens, ignoring quoted text, bracketed parts
     * (colours, conditions, locales, elapsed-time markers) and escaped characters.
     */
    static Kind kindOf(String formatCode) {
        boolean date = false;
        boolean time = false;
        boolean month = false;
        for (int i = 0; i < formatCode.length(); i++) {
            char c = formatCode.charAt(i);
            switch (c) {
                case '"' -> {
                    int end = formatCode.indexOf('"', i + 1);
                    i = end < 0 ? formatCode.length() : end;
                }
                case '[' -> {
                    int end = formatCode.indexOf(']', i + 1);
                    String inside = end < 0 ? "" : formatCode.substring(i + 1, end).toLowerCase(Locale.ROOT);
                    time |= inside.matches("h+|m+|s+");
                    i = end < 0 ? formatCode.length() : end;
                }
                case '\\', '_', '*' -> i++;
                case 'd', 'D', 'y', 'Y' -> date = true;
                case 'h', 'H', 's', 'S' -> time = true;
                case 'm', 'M' -> month = true;
                default -> {
                }
            }
        }
        if (date || month && !time) {
            return Kind.DATE;
        }
        return time ? Kind.TIME : Kind.NUMBER;
    }
}
