// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import io.semblance.ui.common.Messages;
import io.semblance.ui.project.ProjectFile.SavedRun;
import java.util.List;
import java.util.function.Consumer;

/**
 * Regenerates the runs of a reopened project. Runs are saved as settings only: the engine gives the same rows for
 * the same table, settings and seed, so whoever runs syntheses can make them again.
 */
@FunctionalInterface
public interface RunReplay {
    /**
     * Called on the FX thread once a reopened project's table and metadata are in place, with its saved runs
     * (number, settings, origin), oldest first; never with an empty list. Long work belongs in background jobs.
     */
    void replay(List<SavedRun> runs);

    /** Regenerates nothing; says how many runs wait, e.g. "2 runs to regenerate: open the Synthesize step". */
    static RunReplay announce(Consumer<String> status) {
        return runs -> status.accept(Messages.get("project.replay.pending", runs.size()));
    }
}
