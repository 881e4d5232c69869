// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.io.AtomicFiles;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.MetadataJson;
import io.semblance.core.synth.Synthesis;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Session;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes the session's metadata as SDV metadata JSON (SINGLE_TABLE_V1 plus roles). Use from the FX thread. */
final class MetadataFiles {
    private final Session session;
    private final ColumnsDialogs dialogs;

    MetadataFiles(Session session, ColumnsDialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
    }

    /** Asks for a file and applies it when it describes exactly the open table's columns. */
    void load() {
        dialogs.chooseMetadataToLoad(folder()).ifPresent(this::load);
    }

    private void load(Path file) {
        Dataset data = session.datasetProperty().get();
        try {
            Metadata m = MetadataJson.parse(Files.readString(file, StandardCharsets.UTF_8));
            Synthesis.checkMatches(m, data);
            // In the table's column order, so that every step lists the columns alike.
            session.metadataProperty().set(new Metadata(data.names().stream().map(n -> m.column(n).orElseThrow())
                    .toList(), m.primaryKey(), m.constraints()));
            session.statusProperty().set(Messages.get("columns.loaded", file.getFileName()));
        } catch (CharacterCodingException e) {
            fail("columns.error.load", file, Messages.get("columns.error.notText", file.getFileName()));
        } catch (IOException | IllegalArgumentException e) {
            fail("columns.error.load", file, Errors.describe(e));
        }
    }

    /** Asks where to write, confirms before replacing a file, and writes through a temporary file. */
    void save() {
        Metadata m = session.metadataProperty().get();
        Path table = session.fileProperty().get();
        if (m == null || table == null) {
            return;
        }
        String base = table.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        dialogs.chooseMetadataToSave(folder(), Messages.get("columns.file.name", base)).ifPresent(f -> save(m, f));
    }

    private void save(Metadata m, Path file) {
        boolean exists = Files.exists(file);
        if (exists && !dialogs.confirmReplace(file)) {
            return;
        }
        try {
            byte[] json = MetadataJson.write(m).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, exists, out -> out.write(json));
            session.statusProperty().set(Messages.get("columns.saved", file));
        } catch (IOException e) {
            fail("columns.error.save", file, Errors.describe(e));
        }
    }

    private void fail(String key, Path file, String message) {
        String header = Messages.get(key, file.getFileName());
        session.statusProperty().set(header);
        dialogs.showError(header, message);
    }

    private Path folder() {
        Path f = session.fileProperty().get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }
}
