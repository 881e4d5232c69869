// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.io.XlsxWriter;
import io.semblance.core.synth.ModelFiles;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.nio.file.Path;

/** What the Export step says about a run: its one-line summary, the default base name, what cannot be exported. */
final class RunFacts {
    private RunFacts() {
    }

    /** "Run 2 · full synthesis, copula model · 1,000 rows · seed 42", and where a derived run came from. */
    static String summary(Run run) {
        String s = Messages.get("export.run", run.number(), run.settings().strategy(), run.settings().model(),
                run.synthetic().rowCount(), String.valueOf(run.settings().seed()));
        return run.origin() == null ? s : s + " · " + run.origin();
    }

    /** The input file's name without its extension, then the run number: {@code adult-run3}. */
    static String baseName(Path input, Run run) {
        String stem = input == null ? "synthetic" : input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return Messages.get("export.baseName", stem, run.number());
    }

    /** Why the run's model cannot be saved, or null when it can. */
    static String modelUnavailable(Run run) {
        if (run.model() == null) {
            return Messages.get("export.model.none");
        }
        String why = ModelFiles.whyNotSaveable(run.model());
        return why == null ? null : Messages.get("export.model.cannot", why);
    }

    /** Whether the model file would hold real values of the training data. */
    static boolean modelHoldsRealValues(Run run) {
        return run.model() != null && ModelFiles.holdsRealValues(run.model());
    }

    /** Why the synthetic table does not fit in an Excel sheet, or null when it does. */
    static String xlsxUnavailable(Run run) {
        int rows = run.synthetic().rowCount();
        return rows <= XlsxWriter.MAX_DATA_ROWS ? null : Messages.get("export.xlsx.tooMany", rows, XlsxWriter.MAX_DATA_ROWS);
    }
}
