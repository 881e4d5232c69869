// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.io.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes SDV single-table metadata ({@code METADATA_SPEC_VERSION: SINGLE_TABLE_V1}), extended
 * with a per-column {@code role} and a {@code constraints} array of constraint texts (SDV constraint objects are
 * read too, see {@link SdvConstraints}, and written back as text). Files written by SDV (single-table, or the newer
 * multi-table form holding one table) load unchanged; keys we do not use are ignored.
 */
public final class MetadataJson {
    public static final String SPEC_VERSION = "SINGLE_TABLE_V1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetadataJson() {
    }

    /**
     * Reads a metadata file (UTF-8 JSON, see {@link #parse}); a file that is not metadata gives
     * IllegalArgumentException naming it.
     */
    public static Metadata read(Path file) throws IOException {
        String json = TextFiles.readUtf8(file, "metadata JSON");
        try {
            return parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Parses metadata JSON; throws IllegalArgumentException with a plain message when it is not valid. */
    public static Metadata parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("metadata must be a JSON object");
        }
        JsonNode table = root;
        if (root.has("tables")) {
            JsonNode tables = root.get("tables");
            if (!tables.isObject() || tables.size() != 1) {
                throw new IllegalArgumentException("metadata describes " + tables.size()
                        + " tables; Semblance works on one table at a time");
            }
            table = tables.elements().next();
        }
        JsonNode cols = table.get("columns");
        if (cols == null || !cols.isObject()) {
            throw new IllegalArgumentException("metadata has no \"columns\" object");
        }
        List<ColumnMeta> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = cols.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(column(e.getKey(), e.getValue()));
        }
        JsonNode pk = table.get("primary_key");
        String primaryKey = pk == null || pk.isNull() ? null : pk.asText();
        List<String> constraints = new ArrayList<>();
        JsonNode cs = table.has("constraints") ? table.get("constraints") : root.get("constraints");
        if (cs != null && !cs.isNull()) {
            if (!cs.isArray()) {
                throw new IllegalArgumentException("metadata \"constraints\" must be an array of strings such as"
                        + " \"checkout >= checkin\"");
            }
            for (JsonNode c : cs) {
                if (c.isObject() && c.has("constraint_class")) {
                    constraints.addAll(SdvConstraints.texts(c));
                } else if (!c.isTextual()) {
                    throw new IllegalArgumentException("metadata \"constraints\" must hold strings such as"
                            + " \"checkout >= checkin\" or SDV constraint objects, not " + c);
                } else {
                    constraints.add(c.asText());
                }
            }
        }
        return new Metadata(out, primaryKey, constraints);
    }

    private static ColumnMeta column(String name, JsonNode n) {
        String sd = n.path("sdtype").asText("unknown").toLowerCase(Locale.ROOT);
        SdType type;
        PiiKind kind = null;
        switch (sd) {
            case "numerical" -> type = SdType.NUMERICAL;
            case "categorical" -> type = SdType.CATEGORICAL;
            case "boolean" -> type = SdType.BOOLEAN;
            case "datetime" -> type = SdType.DATETIME;
            case "id" -> type = SdType.ID;
            case "unknown" -> type = SdType.UNKNOWN;
            default -> {
                type = SdType.PII;
                kind = PiiKind.fromSdtype(sd);
            }
        }
        boolean integer = n.path("computer_representation").asText("").toLowerCase(Locale.ROOT).startsWith("int");
        String fmt = n.hasNonNull("datetime_format") ? n.get("datetime_format").asText() : null;
        boolean pii = n.has("pii") ? n.get("pii").asBoolean() : type == SdType.PII;
        ColumnRole role;
        if (n.hasNonNull("role")) {
            try {
                role = ColumnRole.fromJson(n.get("role").asText());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("column \"" + name + "\": unknown role \"" + n.get("role").asText()
                        + "\" (expected identifier, quasi_identifier, sensitive or insensitive)");
            }
        } else {
            role = type == SdType.ID || (pii && type != SdType.DATETIME) ? ColumnRole.IDENTIFIER : ColumnRole.INSENSITIVE;
        }
        return new ColumnMeta(name, type, integer, fmt, kind, pii, role);
    }

    /** Writes metadata as pretty-printed JSON in SDV's single-table form plus {@code role}. */
    public static String write(Metadata m) {
        ObjectNode root = MAPPER.createObjectNode();
        if (m.primaryKey() != null) {
            root.put("primary_key", m.primaryKey());
        }
        ObjectNode cols = root.putObject("columns");
        for (ColumnMeta c : m.columns()) {
            ObjectNode n = cols.putObject(c.name());
            n.put("sdtype", c.sdtypeName());
            if (c.sdtype() == SdType.NUMERICAL) {
                n.put("computer_representation", c.integer() ? "Int64" : "Float");
            }
            if (c.sdtype() == SdType.DATETIME && c.datetimeFormat() != null) {
                n.put("datetime_format", c.datetimeFormat());
            }
            if (c.sdtype() == SdType.PII || c.pii()) {
                n.put("pii", c.pii());
            }
            n.put("role", c.role().jsonName());
        }
        if (!m.constraints().isEmpty()) {
            var cs = root.putArray("constraints");
            m.constraints().forEach(cs::add);
        }
        root.put("METADATA_SPEC_VERSION", SPEC_VERSION);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
