// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.Metadata;
import io.semblance.ui.project.ProjectFile.SavedRun;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.Session;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a project saves, compared to tell whether there are unsaved changes: the table (where and which bytes), the
 * metadata, the runs and the steward's verdict limits.
 *
 * @param table    absolute, normalised path of the table, or null when none is open
 * @param sha256   the table's checksum, or null
 * @param metadata the metadata, or null
 * @param runs     the runs by number: those of the session and saved ones not yet regenerated
 * @param limits   the session's verdict limits
 */
record ProjectState(Path table, String sha256, Metadata metadata, List<SavedRun> runs, Thresholds limits) {
    ProjectState {
        table = table == null ? null : table.toAbsolutePath().normalize();
        runs = List.copyOf(runs);
    }

    /** The session as it is now; {@code pending} are saved runs that the session may not have regenerated yet. */
    static ProjectState of(Session session, List<SavedRun> pending) {
        List<SavedRun> made = session.runs().stream().map(ProjectState::saved).toList();
        Set<Integer> numbers = made.stream().map(SavedRun::number).collect(Collectors.toSet());
        List<SavedRun> runs = Stream.concat(made.stream(), pending.stream().filter(r -> !numbers.contains(r.number())))
                .sorted(Comparator.comparingInt(SavedRun::number)).toList();
        return new ProjectState(session.fileProperty().get(), session.checksumProperty().get(),
                session.metadataProperty().get(), runs, session.limitsProperty().get());
    }

    /** The state a project file describes, the table where the file says it was. */
    static ProjectState of(ProjectFile file) {
        return new ProjectState(Path.of(file.dataset().path()), file.dataset().sha256(), file.metadata(), file.runs(),
                file.limits());
    }

    /** The project file of this state saved as {@code projectFile}. */
    ProjectFile toFile(Path projectFile) {
        return new ProjectFile(ProjectFile.DatasetRef.of(table, projectFile, sha256), metadata, runs, limits);
    }

    private static SavedRun saved(Run run) {
        return new SavedRun(run.number(), run.settings(), run.origin());
    }
}
