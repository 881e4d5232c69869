// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tables opened last, newest first, at most {@link #MAX}; kept in a preferences node so that they outlive the
 * window, or only in memory. Use from the FX thread.
 */
public final class RecentFiles {
    /** How many files are remembered. */
    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    private RecentFiles(Preferences node) {
        this.node = node;
        if (node != null) {
            for (int i = 0; i < MAX; i++) {
                String p = node.get(KEY + i, null);
                if (p != null && !p.isBlank()) {
                    files.add(Path.of(p));
                }
            }
        }
    }

    /** Remembered in {@code node} (the workbench uses {@code io/semblance/ui} under the user root). */
    public static RecentFiles persisted(Preferences node) {
        return new RecentFiles(node);
    }

    /** Remembered only while the program runs. */
    public static RecentFiles inMemory() {
        return new RecentFiles(null);
    }

    /** The files, newest first. */
    public ObservableList<Path> files() {
        return view;
    }

    /** Puts a file first (moving it if already there) and forgets the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        save();
    }

    /** Forgets a file. */
    public void remove(Path file) {
        if (files.remove(file)) {
            save();
        }
    }

    /** Forgets all files. */
    public void clear() {
        files.clear();
        save();
    }

    private void save() {
        if (node == null) {
            return;
        }
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still works for this session; the store is retried on the next change
        }
    }
}
