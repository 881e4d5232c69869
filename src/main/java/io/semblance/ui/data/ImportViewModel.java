// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableFormat;
import io.semblance.core.io.TableRead;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Engine;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.JobTracker;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state: how a file will be read (each setting null = let the engine detect it), what the
 * engine detected, and a preview of the first rows read with the current settings. Every change starts a new
 * preview off the FX thread and drops the one still running (the latest wins). Use from the FX thread.
 */
public final class ImportViewModel {
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 50;
    /** Delimiters offered; null is "detect". */
    public static final List<Character> DELIMITERS = Arrays.asList(null, ',', ';', '\t', '|');
    /** Encodings offered; null is "detect". */
    public static final List<Charset> ENCODINGS = Arrays.asList(null, StandardCharsets.UTF_8,
            Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);
    /** Header choices; null is "detect". */
    public static final List<Boolean> HEADERS = Arrays.asList(null, true, false);

    private final Path file;
    private final Engine engine;
    private final JobTracker previews;
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>();
    private final ObjectProperty<Charset> charset = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> header = new SimpleObjectProperty<>();
    private final StringProperty missing = new SimpleStringProperty();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TableFormat> detected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TableRead> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    /** Starts from {@code start} and previews at once. */
    public ImportViewModel(Path file, ReadOptions start, Engine engine, BackgroundJobs jobs) {
        this.file = file;
        this.engine = engine;
        this.previews = new JobTracker(jobs);
        delimiter.set(start.delimiter());
        charset.set(start.charset());
        header.set(start.header());
        missing.set(tokensText(start.missing()));
        sheet.set(start.sheet());
        ChangeListener<Object> again = (o, old, now) -> refresh();
        List.<ObservableValue<?>>of(delimiter, charset, header, missing, sheet).forEach(p -> p.addListener(again));
        refresh();
    }

    /** The options as now set. */
    public ReadOptions options() {
        return new ReadOptions(delimiter.get(), header.get(), charset.get(), tokens(missing.get()), sheet.get());
    }

    /** One preview: the workbook's sheets (listed even when the chosen sheet cannot be read) and the rows or why not. */
    private record Attempt(List<String> sheets, TableRead read, DataFormatException problem) {
    }

    /** Reads the first rows again with the current options; a preview still running is dropped. */
    public void refresh() {
        ReadOptions options = options();
        previews.run("preview", (p, c) -> {
            List<String> names = engine.sheets(file);
            try {
                return new Attempt(names, engine.read(file, options, PREVIEW_ROWS, ProgressListener.NONE, c), null);
            } catch (DataFormatException e) {
                return new Attempt(names, null, e);
            }
        }, this::show, this::failed);
    }

    private void show(Attempt a) {
        if (!sheets.equals(a.sheets())) {
            sheets.setAll(a.sheets());
        }
        if (a.problem() != null) {
            failed(a.problem());
            return;
        }
        error.set(null);
        detected.set(a.read().format());
        preview.set(a.read());
    }

    private void failed(Throwable e) {
        preview.set(null);
        error.set(Errors.describe(e));
    }

    /** Stops a preview still running; call when the dialog closes. */
    public void close() {
        previews.cancel();
    }

    /** The file being imported. */
    public Path file() {
        return file;
    }

    /** Whether the file is a workbook (a sheet to choose; no delimiter or encoding). */
    public boolean isWorkbook() {
        return TableReaders.extension(file).equals("xlsx");
    }

    /** Field separator, or null to detect it. */
    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    /** Text encoding, or null to detect it. */
    public ObjectProperty<Charset> charsetProperty() {
        return charset;
    }

    /** Whether the first row holds the names, or null to detect it. */
    public ObjectProperty<Boolean> headerProperty() {
        return header;
    }

    /** Missing-value tokens separated by commas; an empty cell is always missing. */
    public StringProperty missingProperty() {
        return missing;
    }

    /** The workbook sheet to read, or null for the first. */
    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    /** The workbook's sheets, once previewed (empty for text files). */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** What the reader used for the last preview (given or detected), or null before the first one. */
    public ReadOnlyObjectProperty<TableFormat> detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    /** The last preview: its rows and whether the file has more; null while none or when it failed. */
    public ReadOnlyObjectProperty<TableRead> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the last preview failed, in one line (file, line and column where known), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether a preview is being read. */
    public ReadOnlyBooleanProperty busyProperty() {
        return previews.busyProperty();
    }

    /** The tokens in a stable order for the text field. */
    static String tokensText(Set<String> tokens) {
        return String.join(", ", tokens.stream().filter(t -> !t.isEmpty()).sorted().toList());
    }

    /** The text field's tokens; blanks between commas are skipped. */
    static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : (text == null ? "" : text).split(",")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    /** The rows of the last preview, or null. */
    Dataset previewRows() {
        TableRead r = preview.get();
        return r == null ? null : r.data();
    }
}
