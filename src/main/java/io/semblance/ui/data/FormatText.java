// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.io.TableFormat;
import io.semblance.ui.common.Messages;
import java.nio.charset.Charset;

/** Reading settings in words: "Comma-separated, UTF-8, header row", "Excel sheet “Data”, no header row". */
public final class FormatText {
    private FormatText() {
    }

    /** The whole format in one line. */
    public static String describe(TableFormat f) {
        String header = Messages.get(f.header() ? "data.format.header" : "data.format.noHeader");
        return f.kind() == TableFormat.Kind.XLSX ? Messages.get("data.format.xlsx", f.sheet(), header)
                : Messages.get("data.format.text", separated(f.delimiter()), encoding(f.charset()), header);
    }

    /** "Comma-separated", "Tab-separated", "“:”-separated". */
    static String separated(Character d) {
        return Messages.get("data.format.separated", delimiter(d));
    }

    /** The delimiter's name: Comma, Semicolon, Tab, Pipe, or the character in quotes. */
    static String delimiter(Character d) {
        return switch (d) {
            case ',' -> Messages.get("data.delimiter.comma");
            case ';' -> Messages.get("data.delimiter.semicolon");
            case '\t' -> Messages.get("data.delimiter.tab");
            case '|' -> Messages.get("data.delimiter.pipe");
            default -> Messages.get("data.delimiter.other", String.valueOf(d));
        };
    }

    /** The encoding's usual name, e.g. UTF-8, windows-1252. */
    static String encoding(Charset c) {
        return c.displayName();
    }

    /** Whether the first row names the columns, in words. */
    static String header(boolean header) {
        return Messages.get(header ? "data.header.yes" : "data.header.no");
    }
}
