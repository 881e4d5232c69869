// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The workbook part: its sheets in order, where their parts live, and the date system. */
final class XlsxWorkbook {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /** A sheet as listed in the workbook; {@code part} is null when no part is linked to it. */
    record Sheet(String name, String part, String relType) {
        boolean isWorksheet() {
            return relType != null && relType.endsWith("/worksheet");
        }
    }

    private record Rel(String type, String target) {
    }

    private final List<Sheet> sheets;
    private final boolean date1904;
    private final String sharedStringsPart;
    private final String stylesPart;

    private XlsxWorkbook(List<Sheet> sheets, boolean date1904, String sharedStringsPart, String stylesPart) {
        this.sheets = sheets;
        this.date1904 = date1904;
        this.sharedStringsPart = sharedStringsPart;
        this.stylesPart = stylesPart;
    }

    /** Locates and reads the workbook part and its relationships. */
    static XlsxWorkbook read(XlsxPackage pkg) throws DataFormatException, IOException {
        String workbookPart = null;
        String rootRels = pkg.find("_rels/.rels");
        if (rootRels != null) {
            for (Rel rel : readRels(pkg, rootRels, "").values()) {
                if (rel.type().endsWith("/officeDocument")) {
                    workbookPart = pkg.find(rel.target());
                }
            }
        }
        if (workbookPart == null) {
            workbookPart = pkg.find("xl/workbook.xml");
        }
        if (workbookPart == null || !workbookPart.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
            if (pkg.find("xl/workbook.bin") != null) {
                throw new DataFormatException(pkg.file(),
                        "is an Excel binary workbook (.xlsb), not .xlsx; save it as .xlsx in Excel and retry");
            }
            throw new DataFormatException(pkg.file(), XlsxPackage.NOT_XLSX);
        }
        int slash = workbookPart.lastIndexOf('/');
        String dir = workbookPart.substring(0, slash + 1);
        String relsPart = pkg.find(dir + "_rels/" + workbookPart.substring(slash + 1) + ".rels");
        Map<String, Rel> rels = relsPart == null ? Map.of() : readRels(pkg, relsPart, dir);

        List<String[]> listed = new ArrayList<>();
        boolean[] date1904 = {false};
        pkg.parse(workbookPart, xml -> {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("sheet".equals(xml.getLocalName())) {
                    String id = XlsxXml.attr(xml, REL_NS, "id");
                    if (id == null) {
                        id = XlsxXml.attr(xml, STRICT_REL_NS, "id");
                    }
                    listed.add(new String[] {XlsxXml.attr(xml, "name"), id});
                } else if ("workbookPr".equals(xml.getLocalName())) {
                    date1904[0] = XlsxXml.isTrue(XlsxXml.attr(xml, "date1904"));
                }
            }
            return null;
        }, null);

        List<Sheet> sheets = new ArrayList<>();
        for (String[] s : listed) {
            Rel rel = s[1] == null ? null : rels.get(s[1]);
            String name = s[0] == null ? "Sheet" + (sheets.size() + 1) : s[0];
            sheets.add(new Sheet(name, rel == null ? null : pkg.find(rel.target()), rel == null ? null : rel.type()));
        }
        return new XlsxWorkbook(List.copyOf(sheets), date1904[0],
                partOfType(pkg, rels, "/sharedStrings", dir + "sharedStrings.xml"),
                partOfType(pkg, rels, "/styles", dir + "styles.xml"));
    }

    private static String partOfType(XlsxPackage pkg, Map<String, Rel> rels, String typeSuffix, String fallback) {
        for (Rel rel : rels.values()) {
            if (rel.type().endsWith(typeSuffix)) {
                return pkg.find(rel.target());
            }
        }
        return pkg.find(fallback);
    }

    private static Map<String, Rel> readRels(XlsxPackage pkg, String part, String baseDir)
            throws DataFormatException, IOException {
        return pkg.parse(part, xml -> parseRels(xml, baseDir), null);
    }

    private static Map<String, Rel> parseRels(XMLStreamReader xml, String baseDir) throws XMLStreamException {
        Map<String, Rel> rels = new HashMap<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
                String id = XlsxXml.attr(xml, "Id");
                String type = XlsxXml.attr(xml, "Type");
                String target = XlsxXml.attr(xml, "Target");
                boolean external = "External".equals(XlsxXml.attr(xml, "TargetMode"));
                if (id != null && type != null && target != null && !external) {
                    rels.put(id, new Rel(type, resolve(baseDir, target)));
                }
            }
        }
        return rels;
    }

    /** Resolves a relationship target against the folder of the part that declares it. */
    static String resolve(String baseDir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                parts.pollLast();
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    /** Sheets in workbook order. */
    List<Sheet> sheets() {
        return sheets;
    }

    /** True when serial dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
    boolean date1904() {
        return date1904;
    }

    String sharedStringsPart() {
        return sharedStringsPart;
    }

    String stylesPart() {
        return stylesPart;
    }
}
