// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.AtomicFiles;
import io.semblance.core.io.TextFiles;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.MetadataJson;
import io.semblance.ui.session.RunSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A saved workbench project ({@code .semblance}, JSON): where the table is and what its bytes hashed to, the
 * steward's metadata, the settings of each run and the steward's verdict limits. Runs are not stored as data: the
 * engine gives the same output for the same table, settings and seed, so reopening regenerates them. Plain Java, no
 * toolkit.
 *
 * @param dataset  the table the project works on
 * @param metadata column types, roles, primary key and constraints
 * @param runs     the runs made, oldest first
 * @param limits   the verdict limits of the session; the file keeps only those that differ from the defaults, in an
 *                 optional {@code "limits"} field (a project saved without one has the defaults); null means the
 *                 defaults
 */
public record ProjectFile(DatasetRef dataset, Metadata metadata, List<SavedRun> runs, Thresholds limits) {
    /** What the {@code format} field of every project holds. */
    public static final String FORMAT = "semblance-project";
    /** The format version this class writes; it reads this one and older. */
    public static final int VERSION = 1;
    /** The file name extension of projects, with its dot. */
    public static final String EXTENSION = ".semblance";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        // A list missing from a run's settings (written before the field existed) reads as empty.
        MAPPER.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    public ProjectFile {
        runs = List.copyOf(runs);
        limits = limits == null ? Thresholds.defaults() : limits;
    }

    /** A project whose limits are the defaults. */
    public ProjectFile(DatasetRef dataset, Metadata metadata, List<SavedRun> runs) {
        this(dataset, metadata, runs, Thresholds.defaults());
    }

    /**
     * Where the table was when the project was saved.
     *
     * @param path         absolute path
     * @param relativePath path from the project's folder, with {@code /} between names; null when there is none
     *                     (another drive)
     * @param sha256       lower-case hex SHA-256 of the table's bytes
     */
    public record DatasetRef(String path, String relativePath, String sha256) {

        /** Describes {@code table} as seen from a project saved as {@code projectFile}. */
        public static DatasetRef of(Path table, Path projectFile, String sha256) {
            Path abs = table.toAbsolutePath().normalize();
            String relative;
            try {
                relative = folder(projectFile).relativize(abs).toString()
                        .replace(abs.getFileSystem().getSeparator(), "/");
            } catch (IllegalArgumentException differentRoot) {
                relative = null;
            }
            return new DatasetRef(abs.toString(), relative, sha256);
        }

        /** The table's file name. */
        public String fileName() {
            return String.valueOf(Path.of(path).getFileName());
        }

        /** The saved absolute path if a file is there, else the relative path from the project's folder, if one is. */
        public Optional<Path> locate(Path projectFile) {
            Path abs = Path.of(path);
            if (Files.isRegularFile(abs)) {
                return Optional.of(abs);
            }
            if (relativePath != null) {
                Path rel = folder(projectFile).resolve(relativePath).normalize();
                if (Files.isRegularFile(rel)) {
                    return Optional.of(rel);
                }
            }
            return Optional.empty();
        }

        private static Path folder(Path projectFile) {
            return projectFile.toAbsolutePath().normalize().getParent();
        }
    }

    /**
     * One run as saved: enough to make it again.
     *
     * @param number   the run's number in the session (1, 2…)
     * @param settings what the steward chose
     * @param origin   for a derived run, what it came from, else null
     */
    public record SavedRun(int number, RunSettings settings, String origin) {
    }

    /** The project as JSON text. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("dataset", MAPPER.valueToTree(dataset));
        try {
            root.set("metadata", MAPPER.readTree(MetadataJson.write(metadata)));
            ArrayNode list = root.putArray("runs");
            runs.forEach(r -> list.add(MAPPER.valueToTree(r)));
            ObjectNode changed = ProjectLimits.write(limits);
            if (!changed.isEmpty()) {
                root.set(ProjectLimits.FIELD, changed);
            }
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a project from JSON; throws IllegalArgumentException with one plain sentence when it is not one. */
    public static ProjectFile parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("this is not a Semblance project: not valid JSON at line "
                    + e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("this is not a Semblance project (no \"format\": \"" + FORMAT + "\")");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) {
            throw new IllegalArgumentException("the project has no valid \"version\"");
        }
        if (version > VERSION) {
            throw new IllegalArgumentException("the project was saved by a newer Semblance (project format "
                    + version + "); this version reads format " + VERSION + " and older");
        }
        DatasetRef dataset = read(root, "dataset", DatasetRef.class);
        if (dataset.path() == null || dataset.sha256() == null) {
            throw new IllegalArgumentException("the project does not say which table it works on");
        }
        if (!root.path("metadata").isObject()) {
            throw new IllegalArgumentException("the project has no \"metadata\"");
        }
        Metadata metadata = MetadataJson.parse(root.get("metadata").toString());
        List<SavedRun> runs = new ArrayList<>();
        for (JsonNode run : root.path("runs")) {
            SavedRun saved = convert(run, SavedRun.class, "a run");
            if (saved.settings() == null) {
                throw new IllegalArgumentException("run " + saved.number() + " of the project has no settings");
            }
            runs.add(saved);
        }
        return new ProjectFile(dataset, metadata, runs, ProjectLimits.read(root.get(ProjectLimits.FIELD)));
    }

    /** Writes the project through a temporary file; refuses to replace an existing file unless {@code replace}. */
    public void write(Path file, boolean replace) throws IOException {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, replace, out -> out.write(bytes));
    }

    /** Reads a project file; a file that is not a project gives IllegalArgumentException. */
    public static ProjectFile read(Path file) throws IOException {
        return parse(TextFiles.readUtf8(file, "a Semblance project"));
    }

    private static <T> T read(JsonNode root, String field, Class<T> type) {
        if (!root.path(field).isObject()) {
            throw new IllegalArgumentException("the project has no \"" + field + "\"");
        }
        return convert(root.get(field), type, "the \"" + field + "\"");
    }

    private static <T> T convert(JsonNode node, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " of the project cannot be read: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " of the project cannot be read: " + e.getMessage());
        }
    }
}
