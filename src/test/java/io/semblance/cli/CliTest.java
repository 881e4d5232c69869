// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest extends CliTestBase {
    @TempDir
    Path dir;

    private String credit() {
        return Fixtures.GERMAN_CREDIT.path().toString();
    }

    @Test
    void synthWritesTheInputsColumnsAndRowCountByDefault() throws Exception {
        Path o = dir.resolve("out.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "5", "-q"), err.toString());
        List<String> lines = Files.readAllLines(o);
        assertEquals(Files.readAllLines(Fixtures.GERMAN_CREDIT.path()).get(0), lines.get(0));
        assertEquals(1001, lines.size());
    }

    @Test
    void refusesToReplaceWithoutForce() throws Exception {
        Path o = dir.resolve("out.csv");
        Files.writeString(o, "keep me");
        assertFails(2, "error: " + o + " already exists; add --force to replace it", "synth", credit(), "-o",
                o.toString(), "--rows", "10", "-q");
        assertEquals("keep me", Files.readString(o));
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--rows", "10", "--force", "-q"));
        assertEquals(11, Files.readAllLines(o).size());
    }

    @Test
    void badInputExitsThreeWithOneLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b\n1,2\n3\n");
        assertFails(3, "error: bad.csv, line 3: 1 fields, expected 2 (as in line 1; delimiter ',')", "synth",
                bad.toString(), "-o", dir.resolve("o.csv").toString());
        assertFalse(Files.exists(dir.resolve("o.csv")));
        assertFails(3, "error: no such file: " + dir.resolve("none.csv"), "synth", dir.resolve("none.csv").toString(),
                "-o", dir.resolve("o.csv").toString());
        Path meta = dir.resolve("m.json");
        Files.writeString(meta, "{\"columns\": {\"x\": {\"sdtype\": \"numerical\"}}}");
        assertEquals(3, run("synth", credit(), "-o", dir.resolve("o.csv").toString(), "--metadata", meta.toString()));
        assertTrue(err.toString().startsWith("error: the metadata does not match the data: no entry for"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void cartModelWritesAsManyRows() throws Exception {
        Path o = dir.resolve("cart.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--model", "cart", "--min-leaf", "10",
                "--no-smoothing", "--seed", "5", "-q"), err.toString());
        assertEquals(Files.readAllLines(Path.of(credit())).size(), Files.readAllLines(o).size());
    }

    @Test
    void visitSequenceOrdersTheCartColumnsAndIsPrinted() throws Exception {
        Path o = dir.resolve("cart.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--model", "cart", "--seed", "5",
                "--visit-sequence", "default, age,purpose"), err.toString());
        String line = err.toString().lines().filter(l -> l.startsWith("visit sequence: ")).findFirst().orElseThrow();
        List<String> order = List.of(line.substring("visit sequence: ".length()).split(", "));
        assertEquals(List.of("default", "age", "purpose"), order.subList(0, 3));
        assertEquals(21, order.size());
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--model", "cart", "--seed", "5", "--force"),
                err.toString());
        assertTrue(err.toString().contains("visit sequence: "), err.toString());
        assertFalse(err.toString().contains("visit sequence: default, age, purpose"), err.toString());
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--model", "cart", "--seed", "5", "--force", "-q",
                "--visit-sequence", "age"), err.toString());
        assertEquals("", err.toString());
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--force", "--seed", "5"), err.toString());
        assertFalse(err.toString().contains("visit sequence"), err.toString());

        assertFails(2, "error: --min-leaf, --[no-]smoothing and --visit-sequence apply to --model cart only", "synth",
                credit(), "-o", o.toString(), "--force", "--visit-sequence", "age");
        assertEquals(2, run("synth", credit(), "-o", o.toString(), "--force", "--model", "cart", "--visit-sequence",
                "age", "--strategy", "partial", "--sensitive", "amount"));
        assertTrue(err.toString().startsWith("error: --visit-sequence does not apply to --strategy partial"),
                err.toString());
        assertFails(3, "error: the visit sequence names \"salary\", which is not a column of the table", "synth",
                credit(), "-o", dir.resolve("x.csv").toString(), "--model", "cart", "--visit-sequence", "age,salary");
        assertFails(3, "error: the visit sequence names \"age\" twice", "synth", credit(), "-o",
                dir.resolve("x.csv").toString(), "--model", "cart", "--visit-sequence", "age,age");
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void savedCartModelSamplesWhatSynthWrote() throws Exception {
        Path model = dir.resolve("cart.json");
        Path o = dir.resolve("o.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--model", "cart", "--seed", "8", "--rows", "6000",
                "--visit-sequence", "job", "--save-model", model.toString(), "-q"), err.toString());
        assertEquals("warning: " + model + " holds real values from the training data (in the cart model's leaves);"
                + " protect it like the data itself", err.toString().strip());
        Path s = dir.resolve("s.csv");
        assertEquals(0, run("sample", model.toString(), "--rows", "6000", "-o", s.toString(), "--seed", "8", "-q"),
                err.toString());
        assertEquals(Files.readString(o), Files.readString(s));
    }

    @Test
    void usageErrorsExitTwo() {
        assertFailsSaying(2, "Missing required option: '--output=OUT.csv'", "synth", credit());
        assertFails(2, "error: unknown --model \"gan\"; available: copula, cart", "synth", credit(), "-o",
                dir.resolve("o.csv").toString(), "--model", "gan");
        assertFails(2, "error: --min-leaf, --[no-]smoothing and --visit-sequence apply to --model cart only", "synth",
                credit(), "-o", dir.resolve("o.csv").toString(), "--min-leaf", "3");
        assertEquals(2, run("synth", credit(), "-o", dir.resolve("o.csv").toString(), "--no-smoothing"));
        assertEquals(2, run("synth", credit(), "-o", dir.resolve("o.csv").toString(), "--model", "cart",
                "--min-leaf", "0"));
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void metadataPrintsSdvJsonAndSaveModelThenSample() throws Exception {
        assertEquals(0, run("metadata", credit(), "-q"));
        assertTrue(out.toString().contains("\"METADATA_SPEC_VERSION\" : \"SINGLE_TABLE_V1\""));
        Path model = dir.resolve("m.json");
        Path o = dir.resolve("o.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "1", "--save-model", model.toString(), "-q"));
        Path s = dir.resolve("s.csv");
        assertEquals(0, run("sample", model.toString(), "--rows", "2500", "-o", s.toString(), "--seed", "1", "-q"));
        assertEquals(2501, Files.readAllLines(s).size());
        assertFails(3, "error: german_credit.csv is not a Semblance model file (not JSON)", "sample", credit(),
                "--rows", "5", "-o", dir.resolve("x.csv").toString());
    }

    @Test
    void holdoutRowsAreSetAsideAndWritten() throws Exception {
        Path o = dir.resolve("o.csv");
        Path h = dir.resolve("h.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "2", "--holdout", "--holdout-out",
                h.toString(), "-q"), err.toString());
        assertEquals(201, Files.readAllLines(h).size());
        assertTrue(Files.readAllLines(Fixtures.GERMAN_CREDIT.path()).containsAll(Files.readAllLines(h)));
        assertFails(2, "error: --holdout-out needs --holdout", "synth", credit(), "-o", dir.resolve("p.csv").toString(),
                "--holdout-out", "x.csv");
        assertEquals(2, run("synth", credit(), "-o", dir.resolve("p.csv").toString(), "--holdout", "1.5"));
    }

    @Test
    void evaluateWritesBothReportsAndHonoursThresholds() throws Exception {
        Path o = dir.resolve("o.csv");
        Path h = dir.resolve("h.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "4", "--holdout", "--holdout-out",
                h.toString(), "-q"));
        Path json = dir.resolve("r.json");
        Path html = dir.resolve("r.html");
        assertEquals(0, run("evaluate", credit(), o.toString(), "--holdout", h.toString(), "--qi", "age,job",
                "--sensitive", "default", "--json", json.toString(), "--html", html.toString(), "--threshold",
                "exact_match_rate=0.5:0.9", "-q"), err.toString());
        com.fasterxml.jackson.databind.JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals("green", r.at("/verdicts/exact_match_rate/level").asText());
        assertEquals(java.util.List.of("age", "job"), java.util.List.of(r.at("/settings/quasi_identifiers/0").asText(),
                r.at("/settings/quasi_identifiers/1").asText()));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertFailsSaying(2, "lower is better", "evaluate", credit(), o.toString(), "--json",
                dir.resolve("x.json").toString(), "--threshold", "dcr_share=0.9:0.1");
        assertFails(2, "error: --qi names columns the real table does not have: nope", "evaluate", credit(),
                o.toString(), "--json", dir.resolve("x.json").toString(), "--qi", "nope");
    }

    @Test
    void partialStrategyKeepsTheRowsAndRedrawsTheSensitiveColumns() throws Exception {
        Path o = dir.resolve("partial.csv");
        for (String model : List.of("copula", "cart")) {
            assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "3", "-q", "--force", "--model", model,
                    "--strategy", "partial", "--sensitive", "amount,default"), err.toString());
            List<String> real = Files.readAllLines(Fixtures.GERMAN_CREDIT.path());
            List<String> syn = Files.readAllLines(o);
            assertEquals(real.size(), syn.size());
            assertEquals(real.get(0), syn.get(0));
            int same = 0;
            for (int r = 1; r < real.size(); r++) {
                String[] a = real.get(r).split(",", -1);
                String[] b = syn.get(r).split(",", -1);
                assertEquals(a[0], b[0]);
                assertEquals(a[20], b[20]);
                same += a[4].equals(b[4]) ? 1 : 0;
            }
            assertTrue(same < real.size() / 4, model + ": amount kept in " + same + " rows");
        }
        Path h = dir.resolve("h.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "3", "-q", "--force",
                "--strategy", "partial", "--sensitive", "amount", "--holdout", "0.2", "--holdout-out", h.toString()));
        assertEquals(1001, Files.readAllLines(o).size() + Files.readAllLines(h).size() - 1);
    }

    @Test
    void partialStrategyUsageErrors() {
        String o = dir.resolve("p.csv").toString();
        assertFails(2, "error: --sensitive needs --strategy partial or hybrid", "synth", credit(), "-o", o,
                "--sensitive", "amount");
        assertFailsSaying(2, "needs --sensitive", "synth", credit(), "-o", o, "--strategy", "partial");
        assertFailsSaying(2, "--rows does not apply to --strategy partial", "synth", credit(), "-o", o, "--strategy",
                "partial", "--sensitive", "amount", "--rows", "5");
        assertFailsSaying(2, "--save-model does not apply", "synth", credit(), "-o", o, "--strategy", "partial",
                "--sensitive", "amount", "--save-model", dir.resolve("m.json").toString());
        assertFailsSaying(2, "available: full, partial", "synth", credit(), "-o", o, "--strategy", "half");
        assertFails(3, "error: the table has no column \"salary\" to treat as sensitive", "synth", credit(), "-o", o,
                "--strategy", "partial", "--sensitive", "amount,salary", "-q");
        assertFalse(Files.exists(dir.resolve("p.csv")));
    }

    @Test
    void hybridStrategyMixesRealAndSyntheticRowsAndWritesProvenance() throws Exception {
        Path o = dir.resolve("hybrid.csv");
        Path p = dir.resolve("prov.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "3", "-q", "--model", "cart",
                "--strategy", "hybrid", "--sensitive", "amount,default", "--real-share", "0.4", "--rows", "500",
                "--provenance-out", p.toString()), err.toString());
        List<String> real = Files.readAllLines(Fixtures.GERMAN_CREDIT.path());
        List<String> syn = Files.readAllLines(o);
        List<String> prov = Files.readAllLines(p);
        assertEquals(501, syn.size());
        assertEquals(real.get(0), syn.get(0));
        assertEquals("row,source,real_row", prov.get(0));
        assertEquals(200, prov.stream().filter(l -> l.contains(",hybrid,")).count());
        for (int r = 1; r <= 500; r++) {
            String[] line = prov.get(r).split(",", -1);
            assertEquals(String.valueOf(r), line[0]);
            if (line[1].equals("hybrid")) {
                String[] a = real.get(Integer.parseInt(line[2])).split(",", -1);
                String[] b = syn.get(r).split(",", -1);
                assertEquals(a[1], b[1]);
                assertEquals(a[5], b[5]);
            }
        }
        assertTrue(run("synth", "--help") == 0 && out.toString().contains("SENSITIVE"), out.toString());
    }

    @Test
    void hybridStrategyUsageErrors() {
        String o = dir.resolve("h.csv").toString();
        assertFailsSaying(2, "--strategy hybrid needs --sensitive", "synth", credit(), "-o", o, "--strategy", "hybrid",
                "--real-share", "0.5");
        assertFailsSaying(2, "needs --real-share", "synth", credit(), "-o", o, "--strategy", "hybrid", "--sensitive",
                "amount");
        assertFailsSaying(2, "--real-share must be between 0 and 1", "synth", credit(), "-o", o, "--strategy", "hybrid",
                "--sensitive", "amount", "--real-share", "1.5");
        assertFailsSaying(2, "need --strategy hybrid", "synth", credit(), "-o", o, "--real-share", "0.5");
        assertFailsSaying(2, "need --strategy hybrid", "synth", credit(), "-o", o, "--strategy", "partial",
                "--sensitive", "amount", "--provenance-out", dir.resolve("p.csv").toString());
        assertFailsSaying(2, "--save-model does not apply to --strategy hybrid", "synth", credit(), "-o", o,
                "--strategy", "hybrid", "--sensitive", "amount", "--real-share", "0.5", "--save-model",
                dir.resolve("m.json").toString());
        assertFails(2, "error: --real-share 0.8 of 2000 rows needs 1600 real records, but the input has only 1000",
                "synth", credit(), "-o", o, "--strategy", "hybrid", "--sensitive", "amount", "--real-share", "0.8",
                "--rows", "2000", "-q");
        assertFalse(Files.exists(dir.resolve("h.csv")));
    }

    /** Checks the 300 rows of a conditioned german credit output; returns how many have telephone=yes. */
    private static int ownersAged30To40WithTelephone(Path out) throws java.io.IOException {
        List<String> lines = Files.readAllLines(out);
        assertEquals(301, lines.size());
        int yes = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals("own", f[14]);
            int age = Integer.parseInt(f[12]);
            assertTrue(age >= 30 && age <= 40, line);
            yes += f[18].equals("yes") ? 1 : 0;
        }
        return yes;
    }

    @Test
    void conditionsAndRebalance() throws Exception {
        Path o = dir.resolve("cond.csv");
        assertEquals(0, run("synth", credit(), "-o", o.toString(), "--seed", "4", "-q", "--rows", "300",
                "--condition", "housing=own", "--condition", "age=30..40", "--rebalance", "telephone",
                "--shares", "yes=0.5,none=0.5"), err.toString());
        int yes = ownersAged30To40WithTelephone(o);
        assertTrue(yes > 100 && yes < 200, "telephone=yes in " + yes + " rows");
        Path c = dir.resolve("cart-cond.csv");
        assertEquals(0, run("synth", credit(), "-o", c.toString(), "--seed", "4", "-q", "--rows", "300",
                "--model", "cart", "--condition", "housing=own", "--condition", "age=30..40", "--rebalance",
                "telephone"), err.toString());
        assertEquals(150, ownersAged30To40WithTelephone(c));
        String p = dir.resolve("c2.csv").toString();
        assertFailsSaying(2, "COL=VALUE", "synth", credit(), "-o", p, "--condition", "age");
        assertEquals(2, run("synth", credit(), "-o", p, "--shares", "yes=1"));
        assertFailsSaying(2, "must sum to 1", "synth", credit(), "-o", p, "--rebalance", "telephone", "--shares",
                "yes=0.5,none=0.4");
        assertFailsSaying(2, "has no value \"no\"", "synth", credit(), "-o", p, "-q", "--rebalance", "telephone",
                "--shares", "yes=0.5,no=0.5");
        assertFails(3, "error: condition age=200..300 cannot be met: no real value of age lies in 200..300", "synth",
                credit(), "-o", p, "-q", "--condition", "age=200..300");
        assertFalse(Files.exists(dir.resolve("c2.csv")));
    }
}
