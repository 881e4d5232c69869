// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.PiiFinding;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Detects each column's sdtype, PII kind and a suggested role; the result is a proposal the user may override. */
public final class Profiler {
    /** Finds PII in a column from its name and a sample of its non-missing values. */
    @FunctionalInterface
    public interface PiiScanner {
        Optional<PiiFinding> scan(String columnName, List<String> sample);
    }

    /** Words that mark a key when every value is different (a "number_of_children" repeats, so it is safe). */
    private static final Set<String> ID_WORDS = Set.of("id", "key", "uuid", "guid", "identifier", "pk", "number",
            "nr", "no", "num", "reference", "ref", "record", "mrn", "account", "code");
    private static final int PII_SAMPLE = 2000;
    private final PiiScanner pii;

    public Profiler(PiiScanner pii) {
        this.pii = pii;
    }

    /** Profiles every column (in parallel; the list keeps the table's order); progress runs over the columns. */
    public List<ColumnProfile> profile(Dataset data, ProgressListener progress, Cancellation cancel) {
        int n = data.columnCount();
        ColumnProfile[] out = new ColumnProfile[n];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, n).parallel().forEach(c -> {
            cancel.check();
            out[c] = profileColumn(data.name(c), data.column(c));
            progress.progress((double) done.incrementAndGet() / n, "Profiled column " + data.name(c));
        });
        progress.progress(1, "Profiled " + n + " columns");
        return List.of(out);
    }

    /** Metadata made of the profiles' detected columns; the first id column becomes the primary key. */
    public static Metadata metadata(List<ColumnProfile> profiles) {
        List<ColumnMeta> cols = profiles.stream().map(ColumnProfile::meta).toList();
        String pk = cols.stream().filter(c -> c.sdtype() == SdType.ID).map(ColumnMeta::name).findFirst().orElse(null);
        return new Metadata(cols, pk);
    }

    ColumnProfile profileColumn(String name, String[] values) {
        Map<String, Integer> counts = new HashMap<>();
        int missing = 0;
        for (String v : values) {
            if (v == null) {
                missing++;
            } else {
                counts.merge(v, 1, Integer::sum);
            }
        }
        int present = values.length - missing;
        ColumnMeta meta;
        String why;
        PiiFinding finding = null;
        if (counts.isEmpty()) {
            meta = ColumnMeta.of(name, SdType.CATEGORICAL);
            why = "every value is missing";
        } else if (TypeDetector.isBoolean(counts)) {
            meta = ColumnMeta.of(name, SdType.BOOLEAN);
            why = "values are " + String.join("/", counts.keySet());
        } else {
            finding = pii.scan(name, sample(values)).orElse(null);
            int numberKind = TypeDetector.numberKind(counts);
            boolean unique = counts.size() == present;
            boolean idName = Names.words(name).stream().anyMatch(ID_WORDS::contains);
            String dt = numberKind == 0 || Names.mentions(name, Set.of("date", "dob", "birth", "day", "time"))
                    ? TypeDetector.datetimeFormat(counts, numberKind != 0) : null;
            if (finding != null && finding.kind() == PiiKind.DATE_OF_BIRTH && dt != null) {
                meta = ColumnMeta.of(name, SdType.DATETIME).withDatetimeFormat(dt).withPii(PiiKind.DATE_OF_BIRTH, true);
                why = "dates in the format " + dt + "; " + finding.reason();
            } else if (finding != null && isPlace(finding.kind())) {
                meta = ColumnMeta.of(name, SdType.CATEGORICAL).withPii(finding.kind(), false);
                why = finding.reason() + "; kept as categories, a place to link on";
            } else if (finding != null && finding.kind() != PiiKind.DATE_OF_BIRTH) {
                meta = ColumnMeta.of(name, SdType.PII).withPii(finding.kind(), true);
                why = finding.reason();
            } else if (dt != null) {
                meta = ColumnMeta.of(name, SdType.DATETIME).withDatetimeFormat(dt);
                why = "every value is a date in the format " + dt;
            } else if (idName && unique && present > 1) {
                meta = ColumnMeta.of(name, SdType.ID);
                why = "the name marks a key and every value is different";
            } else if (numberKind > 0) {
                meta = ColumnMeta.of(name, SdType.NUMERICAL).withInteger(numberKind == 2);
                why = "every value is " + (numberKind == 2 ? "a whole number" : "a number");
            } else if (present >= 20 && counts.size() >= 0.95 * present) {
                meta = ColumnMeta.of(name, SdType.ID);
                why = "nearly every value is different text: treated as an identifier so no real value is copied";
            } else if (present >= 20 && singletons(counts) >= 0.5 * present) {
                meta = ColumnMeta.of(name, SdType.UNKNOWN);
                why = "mostly one-off text (free text?): replaced by generated text of the same shape, never copied";
            } else {
                meta = ColumnMeta.of(name, SdType.CATEGORICAL);
                why = counts.size() + " distinct text values";
            }
        }
        if (meta.sdtype() != SdType.DATETIME && finding == null && !counts.isEmpty()) {
            List<String> formats = TypeDetector.mixedDatetimeFormats(counts);
            if (!formats.isEmpty()) {
                why = "dates in " + formats.size() + " formats (" + String.join(", ", formats) + "), so read as text"
                        + " (write them in one format to model them as dates); " + why;
            }
        }
        RoleSuggester.Suggestion role = RoleSuggester.suggest(meta);
        meta = meta.withRole(role.role());
        return new ColumnProfile(meta, missing, counts.size(), why, finding, role.reason());
    }

    private static List<String> sample(String[] values) {
        List<String> out = new ArrayList<>();
        int step = Math.max(1, values.length / PII_SAMPLE);
        for (int i = 0; i < values.length && out.size() < PII_SAMPLE; i += step) {
            if (values[i] != null) {
                out.add(values[i]);
            }
        }
        return out;
    }

    /** A profiler whose PII scanner finds nothing; for tests and for data known to hold no PII. */
    public static Profiler withoutPii() {
        return new Profiler((n, s) -> Optional.empty());
    }

    private static long singletons(Map<String, Integer> counts) {
        return counts.values().stream().filter(c -> c == 1).count();
    }

    /** Cities and postal codes are modelled as categories (quasi-identifiers), not replaced by fakes. */
    private static boolean isPlace(PiiKind kind) {
        return kind == PiiKind.CITY || kind == PiiKind.POSTAL_CODE;
    }

    /** The strftime format matching every non-missing value, or null when none does. */
    public static String datetimeFormatOf(String[] values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) {
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.isEmpty() ? null : TypeDetector.datetimeFormat(counts, true);
    }
}
