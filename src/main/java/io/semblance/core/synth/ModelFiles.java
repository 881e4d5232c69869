// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.synth.copula.CopulaModel;
import io.semblance.core.synth.copula.CopulaModelJson;
import io.semblance.core.synth.fake.FakeGenerators;
import io.semblance.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Saves a fitted model as a JSON file (parameters only, never real rows) and loads it back. */
public final class ModelFiles {
    static final String FORMAT = "semblance-model";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelFiles() {
    }

    /** Writes the model atomically; replaces an existing file only if {@code replace}. */
    public static void save(FittedModel model, Path file, boolean replace) throws IOException {
        if (!(model instanceof CopulaModel cm)) {
            throw new IllegalArgumentException("cannot save a " + model.kind() + " model");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("model", model.kind());
        root.set("parameters", CopulaModelJson.toJson(cm, MAPPER));
        byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        AtomicFiles.write(file, replace, out -> out.write(bytes));
    }

    /** Reads a model saved by {@link #save}; a file that is not one gives IllegalArgumentException naming it. */
    public static FittedModel load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException | java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(name + " is not a Semblance model file (not JSON)");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(name + " is not a Semblance model file");
        }
        if (root.path("version").asInt() > VERSION) {
            throw new IllegalArgumentException(name + " was saved by a newer Semblance (model format "
                    + root.path("version").asInt() + "); update Semblance to read it");
        }
        if (!"copula".equals(root.path("model").asText())) {
            throw new IllegalArgumentException(name + ": unknown model \"" + root.path("model").asText() + "\"");
        }
        try {
            return CopulaModelJson.fromJson(root.get("parameters"), new FakeGenerators(Locale.US));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is damaged: " + e.getMessage());
        }
    }
}
