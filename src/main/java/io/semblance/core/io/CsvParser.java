// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 style record parser over decoded text: quoted fields may hold delimiters, doubled quotes and
 * line breaks; CRLF, LF and CR all end a record; blank lines are skipped; unquoted fields are trimmed.
 * Tracks the physical line each record starts on, for error messages.
 */
final class CsvParser {
    private final char[] text;
    private final int length;
    private final char delimiter;
    private final Path file;
    private final ValuePool pool = new ValuePool();
    private int pos;
    private long line = 1;
    private long recordLine;

    CsvParser(char[] text, int length, char delimiter, Path file) {
        this.text = text;
        this.length = length;
        this.delimiter = delimiter;
        this.file = file;
    }

    /** Physical line (1-based) on which the record last returned by {@link #next} started. */
    long recordLine() {
        return recordLine;
    }

    /** Fraction of the text consumed so far, in [0,1]. */
    double fraction() {
        return length == 0 ? 1 : (double) pos / length;
    }

    /** The next record's fields, or null at the end of the text. */
    List<String> next() throws DataFormatException {
        skipBlankLines();
        if (pos >= length) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            int fieldStart = fields.size() + 1;
            fields.add(pos < length && peekAfterSpaces() == '"' ? quoted(fieldStart) : unquoted());
            if (pos >= length) {
                return fields;
            }
            char c = text[pos];
            if (c == delimiter) {
                pos++;
                if (pos >= length || text[pos] == '\n' || text[pos] == '\r') {
                    fields.add("");
                    endOfLine();
                    return fields;
                }
            } else {
                endOfLine();
                return fields;
            }
        }
    }

    private char peekAfterSpaces() {
        int p = pos;
        while (p < length && text[p] == ' ' && delimiter != ' ') {
            p++;
        }
        return p < length ? text[p] : 0;
    }

    private void skipBlankLines() {
        while (pos < length) {
            int p = pos;
            while (p < length && (text[p] == ' ' || text[p] == '\t') && text[p] != delimiter) {
                p++;
            }
            if (p < length && (text[p] == '\n' || text[p] == '\r')) {
                pos = p;
                endOfLine();
            } else {
                return;
            }
        }
    }

    private void endOfLine() {
        if (pos < length && text[pos] == '\r') {
            pos++;
            if (pos < length && text[pos] == '\n') {
                pos++;
            }
            line++;
        } else if (pos < length && text[pos] == '\n') {
            pos++;
            line++;
        }
    }

    private String unquoted() {
        int start = pos;
        while (pos < length) {
            char c = text[pos];
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            pos++;
        }
        int s = start;
        int e = pos;
        while (s < e && Character.isWhitespace(text[s]) && text[s] != delimiter) {
            s++;
        }
        while (e > s && Character.isWhitespace(text[e - 1]) && text[e - 1] != delimiter) {
            e--;
        }
        return pool.get(text, s, e);
    }

    private String quoted(int fieldNumber) throws DataFormatException {
        while (text[pos] != '"') {
            pos++;
        }
        long openLine = line;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= length) {
                throw new DataFormatException(file, openLine, fieldNumber,
                        "a quoted field starts here but its closing quote (\") is missing");
            }
            char c = text[pos++];
            if (c == '"') {
                if (pos < length && text[pos] == '"') {
                    sb.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                if (c == '\n' || (c == '\r' && (pos >= length || text[pos] != '\n'))) {
                    line++;
                }
                sb.append(c);
            }
        }
        while (pos < length && (text[pos] == ' ' || text[pos] == '\t') && text[pos] != delimiter) {
            pos++;
        }
        if (pos < length && text[pos] != delimiter && text[pos] != '\n' && text[pos] != '\r') {
            throw new DataFormatException(file, line, fieldNumber,
                    "unexpected text after a closing quote; expected the delimiter '" + printable(delimiter)
                            + "' or the end of the line (a quote inside a quoted field must be doubled: \"\")");
        }
        return sb.toString();
    }

    static String printable(char d) {
        return d == '\t' ? "\\t" : String.valueOf(d);
    }
}
