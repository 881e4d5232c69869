// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.file.Path;

/**
 * Input that cannot be read as a table. The message names the file and, where known, the line
 * (1-based, physical line in the file) and column (1-based field number) and what was expected.
 */
public final class DataFormatException extends Exception {
    private final String file;
    private final long line;
    private final int column;
    private final String problem;

    public DataFormatException(Path file, long line, int column, String problem) {
        super(compose(file == null ? null : String.valueOf(file.getFileName()), line, column, problem));
        this.file = file == null ? null : String.valueOf(file.getFileName());
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public DataFormatException(Path file, String problem) {
        this(file, 0, 0, problem);
    }

    private static String compose(String file, long line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        return sb.append(problem).toString();
    }

    /** File name (without directories), or null. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to a line. */
    public long line() {
        return line;
    }

    /** 1-based field number, or 0 when not tied to a field. */
    public int column() {
        return column;
    }

    /** What went wrong, without the location. */
    public String problem() {
        return problem;
    }
}
