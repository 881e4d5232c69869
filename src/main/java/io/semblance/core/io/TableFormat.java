// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The settings a reader used for a file, each one either given in the {@link ReadOptions} or detected.
 *
 * @param kind      delimited text or an Excel workbook
 * @param delimiter the field separator (text only, else null)
 * @param charset   the text encoding (text only, else null)
 * @param header    whether the first row held the column names
 * @param sheet     the sheet read (workbooks only, else null)
 * @param sheets    the workbook's sheets in order (empty for text)
 */
public record TableFormat(Kind kind, Character delimiter, Charset charset, boolean header, String sheet,
                          List<String> sheets) {

    /** The two kinds of file the readers understand. */
    public enum Kind { TEXT, XLSX }

    public TableFormat {
        sheets = List.copyOf(sheets == null ? List.of() : sheets);
    }

    /** Settings of a delimited text file. */
    public static TableFormat text(char delimiter, Charset charset, boolean header) {
        return new TableFormat(Kind.TEXT, delimiter, charset, header, null, List.of());
    }

    /** Settings of a workbook sheet. */
    public static TableFormat workbook(String sheet, List<String> sheets, boolean header) {
        return new TableFormat(Kind.XLSX, null, null, header, sheet, sheets);
    }
}
