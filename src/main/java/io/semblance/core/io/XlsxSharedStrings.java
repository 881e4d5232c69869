// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/** The workbook's shared string table ({@code xl/sharedStrings.xml}), held in memory. */
final class XlsxSharedStrings {
    static final XlsxSharedStrings NONE = new XlsxSharedStrings(List.of());
    /** Strings read between two checks for cancellation. */
    private static final int CHECK_EVERY = 4096;

    private final List<String> strings;

    private XlsxSharedStrings(List<String> strings) {
        this.strings = strings;
    }

    /**
     * Reads the part, or returns an empty table when the workbook has none, checking {@code cancel} every
     * {@link #CHECK_EVERY} strings (a workbook of many distinct texts has a table of millions).
     */
    static XlsxSharedStrings read(XlsxPackage pkg, String part, Cancellation cancel)
            throws DataFormatException, IOException {
        if (part == null) {
            return NONE;
        }
        return pkg.parse(part, xml -> parse(xml, cancel), null);
    }

    private static XlsxSharedStrings parse(XMLStreamReader xml, Cancellation cancel)
            throws javax.xml.stream.XMLStreamException {
        List<String> out = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                out.add(XlsxXml.stringItem(xml));
                if (out.size() % CHECK_EVERY == 0) {
                    cancel.check();
                }
            }
        }
        return new XlsxSharedStrings(out);
    }

    int size() {
        return strings.size();
    }

    /** The string at this index, or null when the index is outside the table. */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }
}
