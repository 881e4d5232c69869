// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared string table {@link XlsxWriter} builds while streaming a sheet: a repeated text is stored once and cells
 * refer to it by number. The table holds at most a fixed number of distinct texts, so memory stays bounded; texts met
 * once it is full are written inline in their cells instead.
 */
final class XlsxStringTable {
    private final int capacity;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private long references;

    /** @param capacity the most distinct texts the table keeps */
    XlsxStringTable(int capacity) {
        this.capacity = capacity;
    }

    /** The text's number in the table, adding it if there is room; -1 when it is new and the table is full. */
    int indexOf(String text) {
        Integer i = index.get(text);
        if (i == null) {
            if (texts.size() >= capacity) {
                return -1;
            }
            i = texts.size();
            index.put(text, i);
            texts.add(text);
        }
        references++;
        return i;
    }

    /** Writes the {@code xl/sharedStrings.xml} part. */
    void write(Writer w) throws IOException {
        StringBuilder b = new StringBuilder(1 << 16).append(XlsxParts.DECLARATION).append("<sst xmlns=\"")
                .append(XlsxParts.MAIN_NS).append("\" count=\"").append(references).append("\" uniqueCount=\"")
                .append(texts.size()).append("\">");
        for (String s : texts) {
            b.append("<si>");
            XlsxText.element(b, "t", s);
            b.append("</si>");
            if (b.length() > 1 << 16) {
                w.append(b);
                b.setLength(0);
            }
        }
        w.append(b.append("</sst>"));
    }
}
