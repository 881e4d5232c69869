// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.job.NotEnoughMemoryException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure into one line a steward can act on: no class names where a sentence will do, no stack trace. */
public final class Errors {
    private Errors() {
    }

    public static String describe(Throwable t) {
        while ((t instanceof UncheckedIOException || t instanceof ExecutionException
                || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof DataFormatException) {
            return firstLine(t.getMessage());
        }
        if (t instanceof NoSuchFileException e) {
            return Messages.get("error.noSuchFile", e.getFile());
        }
        if (t instanceof FileAlreadyExistsException e) {
            return Messages.get("error.exists", e.getFile());
        }
        if (t instanceof AccessDeniedException e) {
            return Messages.get("error.accessDenied", e.getFile());
        }
        if (t instanceof NotEnoughMemoryException e) {
            return Messages.get("error.memory.table", e.subject(), NotEnoughMemoryException.size(e.needed()),
                    NotEnoughMemoryException.size(e.available()), e.suggestedXmx());
        }
        if (t instanceof OutOfMemoryError) {
            return Messages.get("error.memory", NotEnoughMemoryException.xmx(2 * Runtime.getRuntime().maxMemory()));
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? Messages.get("error.unexpected", t.getClass().getSimpleName())
                : capitalised(firstLine(m));
    }

    /** Engine messages are written to follow a file name; standing alone they start a sentence. */
    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s).strip();
    }
}
