// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.TableReaders;
import io.semblance.core.model.Dataset;
import io.semblance.core.profile.Numbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConstraintCliTest extends CliTestBase {
    @TempDir
    Path dir;

    /** Stays: checkin, checkout (dates), nights, amount; row 3 checks out before checking in. */
    private Path stays() throws Exception {
        SplittableRandom r = new SplittableRandom(5);
        StringBuilder sb = new StringBuilder("checkin,checkout,amount,kind\n");
        java.time.LocalDate base = java.time.LocalDate.of(2024, 1, 1);
        for (int i = 1; i <= 400; i++) {
            java.time.LocalDate in = base.plusDays(r.nextInt(300));
            java.time.LocalDate outDay = i == 3 ? in.minusDays(2) : in.plusDays(1 + r.nextInt(10));
            sb.append(in).append(',').append(outDay).append(',').append(20 + r.nextInt(500)).append(',')
                    .append(r.nextBoolean() ? "hotel" : "flat").append('\n');
        }
        Path p = dir.resolve("stays.csv");
        Files.writeString(p, sb);
        return p;
    }

    @Test
    void synthMeetsTheConstraintsAndReportsRealRowsBreakingThem() throws Exception {
        Path data = stays();
        for (String model : new String[] {"copula", "cart"}) {
            Path o = dir.resolve(model + ".csv");
            assertEquals(0, run("synth", data.toString(), "-o", o.toString(), "--seed", "9", "-q", "--model", model,
                    "--rows", "3000", "--constraint", "checkout > checkin", "--constraint", "amount in 100..400",
                    "--constraint", "amount > 0"), err.toString());
            assertTrue(err.toString().contains("warning: 1 real row breaks \"checkout > checkin\" (row 3)"), err.toString());
            assertTrue(err.toString().contains("warning: ") && err.toString().contains("\"amount in 100..400\""),
                    err.toString());
            assertFalse(err.toString().contains("\"amount > 0\""), err.toString());
            Dataset syn = TableReaders.read(o);
            assertEquals(3000, syn.rowCount());
            assertStaysMeetRules(syn);
        }
    }

    @Test
    void constraintsFromTheMetadataApply() throws Exception {
        Path data = stays();
        Path meta = dir.resolve("meta.json");
        assertEquals(0, run("metadata", data.toString(), "-o", meta.toString()), err.toString());
        String json = Files.readString(meta);
        Files.writeString(meta, json.replaceFirst("\\{", "{\"constraints\": [\"amount <= 100\"],"));
        Path o = dir.resolve("o.csv");
        assertEquals(0, run("synth", data.toString(), "--metadata", meta.toString(), "-o", o.toString(), "--seed", "2",
                "-q", "--rows", "500"), err.toString());
        Dataset syn = TableReaders.read(o);
        for (String v : syn.column(2)) {
            assertTrue(v == null || Numbers.parse(v) <= 100, v);
        }
    }

    @Test
    void savedModelKeepsItsConstraintsAndSampleMeetsThem() throws Exception {
        Path data = stays();
        Path meta = dir.resolve("meta.json");
        assertEquals(0, run("metadata", data.toString(), "-o", meta.toString()), err.toString());
        Files.writeString(meta, Files.readString(meta).replaceFirst("\\{", "{\"constraints\": [\"amount <= 300\"],"));
        for (String model : new String[] {"copula", "cart"}) {
            Path o = dir.resolve(model + ".csv");
            Path m = dir.resolve(model + ".json");
            assertEquals(0, run("synth", data.toString(), "--metadata", meta.toString(), "-o", o.toString(), "--seed",
                    "4", "-q", "--model", model, "--rows", "2000", "--constraint", "checkout > checkin",
                    "--constraint", "unique(checkin, amount)", "--save-model", m.toString()), err.toString());
            assertEquals(model.equals("cart"), err.toString().contains("warning: " + m + " holds real values from the"
                    + " training data"), err.toString());
            Path s = dir.resolve(model + ".sampled.csv");
            assertEquals(0, run("sample", m.toString(), "--rows", "2000", "--seed", "4", "-o", s.toString()),
                    err.toString());
            assertTrue(err.toString().contains("constraints saved with the model: \"amount <= 300\", \"checkout >"
                    + " checkin\", \"unique(checkin, amount)\""), err.toString());
            assertEquals(Files.readString(o), Files.readString(s), model);
            Path more = dir.resolve(model + ".more.csv");
            assertEquals(0, run("sample", m.toString(), "--rows", "5000", "--seed", "5", "-q", "-o", more.toString()),
                    err.toString());
            Dataset syn = TableReaders.read(more);
            assertEquals(5000, syn.rowCount());
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < syn.rowCount(); i++) {
                String in = syn.value(i, 0);
                String outDay = syn.value(i, 1);
                assertTrue(in == null || outDay == null || outDay.compareTo(in) > 0, in + " " + outDay);
                double amount = Numbers.parse(syn.value(i, 2));
                assertTrue(Double.isNaN(amount) || amount <= 300, "amount " + amount);
                assertTrue(in == null || Double.isNaN(amount) || keys.add(in + "|" + amount), "repeated " + in);
            }
        }
    }

    @Test
    void badConstraintsAreUsageErrors() throws Exception {
        Path data = stays();
        Path o = dir.resolve("o.csv");
        assertFails(2, "error: --constraint: constraint \"nights > 0\": unknown column \"nights\"", "synth",
                data.toString(), "-o", o.toString(), "--constraint", "nights > 0", "-q");
        assertFailsSaying(2, "column \"kind\" is categorical, expected a numerical or datetime column", "synth",
                data.toString(), "-o", o.toString(), "--constraint", "kind > 0", "-q");
        assertFailsSaying(2, "is not understood", "synth", data.toString(), "-o", o.toString(), "--constraint",
                "amount = 3", "-q");
        assertFalse(Files.exists(o));
    }

    @Test
    void constraintsNoRowMeetsExitThree() throws Exception {
        Path data = stays();
        Path o = dir.resolve("o.csv");
        assertFailsSaying(3, "are met by only 0 of", "synth", data.toString(), "-o", o.toString(), "--constraint",
                "amount < 0", "--seed", "1", "-q", "--rows", "100");
        assertFalse(Files.exists(o));
    }

    private void assertStaysMeetRules(Dataset syn) {
        for (int i = 0; i < syn.rowCount(); i++) {
            String in = syn.value(i, 0);
            String outDay = syn.value(i, 1);
            assertTrue(in == null || outDay == null || outDay.compareTo(in) > 0, in + " " + outDay);
            double amount = Numbers.parse(syn.value(i, 2));
            assertTrue(Double.isNaN(amount) || (amount >= 100 && amount <= 400), "amount " + amount);
        }
    }

    @Test
    void partialAndHybridMeetTheConstraints() throws Exception {
        Path data = stays();
        Dataset real = TableReaders.read(data);
        for (String model : new String[] {"copula", "cart"}) {
            Path o = dir.resolve(model + "-partial.csv");
            assertEquals(0, run("synth", data.toString(), "-o", o.toString(), "--seed", "4", "-q", "--model", model,
                    "--strategy", "partial", "--sensitive", "checkout,amount", "--constraint", "checkout > checkin",
                    "--constraint", "amount in 100..400", "--constraint", "checkin >= 2024-01-10"), err.toString());
            assertTrue(err.toString().contains("warning: 1 real row breaks \"checkout > checkin\" (row 3)"),
                    err.toString());
            assertTrue(err.toString().contains("note: \"checkin >= 2024-01-10\" reads only columns that partial"
                    + " synthesis keeps, so the "), err.toString());
            Dataset syn = TableReaders.read(o);
            assertEquals(real.rowCount(), syn.rowCount());
            assertStaysMeetRules(syn);
            for (int i = 0; i < real.rowCount(); i++) {
                assertEquals(real.value(i, 0), syn.value(i, 0));
                assertEquals(real.value(i, 3), syn.value(i, 3));
            }
            Path h = dir.resolve(model + "-hybrid.csv");
            assertEquals(0, run("synth", data.toString(), "-o", h.toString(), "--seed", "4", "-q", "--model", model,
                    "--strategy", "hybrid", "--sensitive", "checkout,amount", "--real-share", "0.5", "--constraint",
                    "checkout > checkin", "--constraint", "amount in 100..400", "--constraint",
                    "fixed(kind, amount)"), err.toString());
            Dataset hy = TableReaders.read(h);
            assertEquals(real.rowCount(), hy.rowCount());
            assertStaysMeetRules(hy);
            java.util.Set<String> pairs = new java.util.HashSet<>();
            for (int i = 0; i < real.rowCount(); i++) {
                pairs.add(real.value(i, 3) + "|" + real.value(i, 2));
            }
            for (int i = 0; i < hy.rowCount(); i++) {
                assertTrue(pairs.contains(hy.value(i, 3) + "|" + hy.value(i, 2)), hy.value(i, 3) + " " + hy.value(i, 2));
            }
        }
    }

    @Test
    void sdvFixedCombinationsAndUniqueFromTheMetadata() throws Exception {
        Path data = stays();
        Path meta = dir.resolve("meta.json");
        assertEquals(0, run("metadata", data.toString(), "-o", meta.toString()), err.toString());
        Files.writeString(meta, Files.readString(meta).replaceFirst("\\{", "{\"constraints\": ["
                + "{\"constraint_class\": \"FixedCombinations\", \"constraint_parameters\":"
                + " {\"column_names\": [\"kind\", \"amount\"]}},"
                + "{\"constraint_class\": \"Unique\", \"constraint_parameters\": {\"column_names\": [\"checkin\","
                + " \"kind\"]}}],"));
        Path o = dir.resolve("o.csv");
        assertEquals(0, run("synth", data.toString(), "--metadata", meta.toString(), "-o", o.toString(), "--seed", "2",
                "-q", "--rows", "300", "--model", "cart"), err.toString());
        Dataset real = TableReaders.read(data);
        Dataset syn = TableReaders.read(o);
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i < real.rowCount(); i++) {
            pairs.add(real.value(i, 3) + "|" + real.value(i, 2));
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < syn.rowCount(); i++) {
            assertTrue(pairs.contains(syn.value(i, 3) + "|" + syn.value(i, 2)));
            assertTrue(syn.value(i, 0) == null || keys.add(syn.value(i, 0) + "|" + syn.value(i, 3)), "repeated key");
        }
        assertEquals(2, run("synth", data.toString(), "--metadata", meta.toString(), "-o", o.toString(), "--force",
                "-q", "--save-model", dir.resolve("m.json").toString()));
        assertTrue(err.toString().contains("warning: ") && err.toString().contains(" real rows break \"unique(checkin,"
                + " kind)\""), err.toString());
        assertTrue(err.toString().strip().endsWith("\nerror: --save-model cannot save a model fitted under fixed(...)"
                + " constraints: a model file does not keep the real combinations they allow; drop --save-model or the"
                + " fixed constraint"), err.toString());
    }
}
