// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.MetadataJson;
import io.semblance.core.model.SdType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
    static final Metadata META = new Metadata(List.of(ColumnMeta.of("a", SdType.NUMERICAL),
            ColumnMeta.of("b", SdType.NUMERICAL), ColumnMeta.of("city", SdType.CATEGORICAL),
            ColumnMeta.of("checkin", SdType.DATETIME).withDatetimeFormat("%Y-%m-%d"),
            ColumnMeta.of("checkout", SdType.DATETIME).withDatetimeFormat("%Y-%m-%d"),
            ColumnMeta.of("my col", SdType.NUMERICAL)), null);

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Constraints.parse(text, META)).getMessage();
    }

    @Test
    void parsesEachKind() {
        assertEquals(new Constraint.Compare("b >= a", "b", Constraint.Op.GE, "a"), Constraints.parse(" b >= a ", META));
        assertEquals(new Constraint.Compare("a<b", "a", Constraint.Op.LT, "b"), Constraints.parse("a<b", META));
        assertEquals(new Constraint.Compare("checkout > checkin", "checkout", Constraint.Op.GT, "checkin"),
                Constraints.parse("checkout > checkin", META));
        assertEquals(new Constraint.Bound("a >= 10", "a", Constraint.Op.GE, 10), Constraints.parse("a >= 10", META));
        Constraint.Bound after = (Constraint.Bound) Constraints.parse("checkout > 2020-01-02", META);
        assertEquals(dates(), after.value(), 1e-9);
        assertEquals(new Constraint.Range("a in 18..90", "a", 18, 90), Constraints.parse("a in 18..90", META));
        assertEquals(new Constraint.Range("a in -1.5 .. 2", "a", -1.5, 2), Constraints.parse("a in -1.5 .. 2", META));
        Constraint.Range dates = (Constraint.Range) Constraints.parse("checkin in 2020-01-01..2020-01-02", META);
        assertEquals(86400, dates.hi() - dates.lo(), 1e-9);
        assertEquals(new Constraint.Bound("a > 0", "a", Constraint.Op.GT, 0), Constraints.parse("a > 0", META));
        assertEquals(new Constraint.Bound("b <= 0", "b", Constraint.Op.LE, 0), Constraints.parse("b <= 0", META));
        assertEquals(new Constraint.Bound("\"my col\" >= 0", "my col", Constraint.Op.GE, 0),
                Constraints.parse("\"my col\" >= 0", META));
        assertEquals(new Constraint.Compare("\"my col\" <= a", "my col", Constraint.Op.LE, "a"),
                Constraints.parse("\"my col\" <= a", META));
    }

    private static double dates() {
        return java.time.LocalDate.of(2020, 1, 2).toEpochDay() * 86400.0;
    }

    @Test
    void holdsTreatsMissingAsMet() {
        Constraint.Rule c = rule("b >= a");
        assertTrue(c.holds(new double[] {2, 1}));
        assertTrue(c.holds(new double[] {1, 1}));
        assertFalse(c.holds(new double[] {1, 2}));
        assertTrue(c.holds(new double[] {Double.NaN, 2}));
        Constraint.Rule r = rule("a in 1..3");
        assertTrue(r.holds(new double[] {1}) && r.holds(new double[] {3}));
        assertFalse(r.holds(new double[] {3.01}));
        assertFalse(rule("a > 0").holds(new double[] {0}));
        assertTrue(rule("a >= 0").holds(new double[] {0}));
    }

    private static Constraint.Rule rule(String text) {
        return (Constraint.Rule) Constraints.parse(text, META);
    }

    @Test
    void errorsNameTheTextAndWhatWasExpected() {
        assertEquals("constraint \"z >= a\": unknown column \"z\"", error("z >= a"));
        assertEquals("constraint \"a >= zz\": unknown column \"zz\"", error("a >= zz"));
        assertEquals("constraint \"city > 0\": column \"city\" is categorical, expected a numerical or datetime column",
                error("city > 0"));
        assertTrue(error("a == b").startsWith("constraint \"a == b\" is not understood; expected \"A <= B\""),
                error("a == b"));
        assertTrue(error("").contains("is not understood"));
        assertEquals("constraint \"a in x..3\": \"x\" is not a number", error("a in x..3"));
        assertEquals("constraint \"a in 5..3\": the range is empty (5 is above 3)", error("a in 5..3"));
        assertEquals("constraint \"checkin in 2020-01-01..soon\": \"soon\" is not a date in the format %Y-%m-%d of"
                + " column \"checkin\"", error("checkin in 2020-01-01..soon"));
        assertEquals("constraint \"checkin > 5\": unknown column \"5\"", error("checkin > 5"));
        assertEquals("constraint \"checkin <= a\" compares a datetime column with a numeric one", error("checkin <= a"));
    }

    @Test
    void checkerCountsViolationsWithExamples() {
        Dataset d = Dataset.ofRows("t", List.of("a", "b"), List.of(new String[] {"1", "2"}, new String[] {"3", "2"},
                new String[] {"1", ""}, new String[] {"5", "1"}, new String[] {"7", "1"}, new String[] {"9", "1"}),
                List.of());
        Metadata meta = new Metadata(List.of(ColumnMeta.of("a", SdType.NUMERICAL), ColumnMeta.of("b", SdType.NUMERICAL)),
                null);
        Checker ch = Constraints.bind(Constraints.parseAll(List.of("b >= a", "a > 0"), meta), meta, d);
        List<Violations> v = ch.violations(d);
        assertEquals(1, v.size());
        assertEquals(4, v.get(0).count());
        assertEquals(List.of(2, 4, 5), v.get(0).examples());
        assertEquals("4 real rows break \"b >= a\" (rows 2, 4, 5)", v.get(0).describe());
    }

    @Test
    void metadataJsonKeepsConstraints() {
        Metadata m = META.withConstraints(List.of("checkout >= checkin", "a in 18..90"));
        String json = MetadataJson.write(m);
        assertTrue(json.contains("\"constraints\""), json);
        Metadata back = MetadataJson.parse(json);
        assertEquals(m, back);
        assertEquals(List.of(), MetadataJson.parse(MetadataJson.write(META)).constraints());
        assertFalse(MetadataJson.write(META).contains("constraints"));
        assertEquals(List.of("b > 0"), back.with(back.columns().get(0).withInteger(true))
                .withConstraints(List.of("b > 0")).constraints());
        assertEquals(m.constraints(), back.with(back.columns().get(0).withInteger(true)).constraints());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetadataJson.parse("{\"columns\": {\"a\": {\"sdtype\": \"numerical\"}}, \"constraints\": \"a > 0\"}"));
        assertTrue(e.getMessage().contains("must be an array"), e.getMessage());
    }

    @Test
    void anOperatorWithNothingAfterItIsMalformedNotAnUnknownColumn() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Constraints.parse("age <=", metaForMalformedCheck()));
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("unknown column"), e.getMessage());
    }

    private static io.semblance.core.model.Metadata metaForMalformedCheck() {
        return new io.semblance.core.model.Metadata(java.util.List.of(io.semblance.core.model.ColumnMeta.of("age",
                io.semblance.core.model.SdType.NUMERICAL)), null);
    }

    @Test
    void parsesFixedAndUnique() {
        Metadata meta = new Metadata(List.of(ColumnMeta.of("city", SdType.CATEGORICAL),
                ColumnMeta.of("zip code", SdType.NUMERICAL), ColumnMeta.of("id", SdType.ID),
                ColumnMeta.of("name", SdType.PII)), "id");
        assertEquals(new Constraint.Fixed("fixed(city, \"zip code\")", List.of("city", "zip code")),
                Constraints.parse("fixed(city, \"zip code\")", meta));
        assertEquals(new Constraint.Unique("UNIQUE( city )", List.of("city")), Constraints.parse("UNIQUE( city )", meta));
        assertEquals(List.of("city", "id"), Constraints.parse("unique(city,id)", meta).columns());
        assertEquals("constraint \"fixed(city)\": fixed needs two or more columns",
                assertThrows(IllegalArgumentException.class, () -> Constraints.parse("fixed(city)", meta)).getMessage());
        assertEquals("constraint \"unique()\": a column name is missing between the parentheses",
                assertThrows(IllegalArgumentException.class, () -> Constraints.parse("unique()", meta)).getMessage());
        assertEquals("constraint \"fixed(city, city)\": column \"city\" is named twice",
                assertThrows(IllegalArgumentException.class, () -> Constraints.parse("fixed(city, city)", meta))
                        .getMessage());
        assertEquals("constraint \"fixed(city, zip)\": unknown column \"zip\"",
                assertThrows(IllegalArgumentException.class, () -> Constraints.parse("fixed(city, zip)", meta))
                        .getMessage());
        assertEquals("constraint \"unique(name)\": column \"name\" is generated (an identifier or personal data), so"
                + " its values never come from the real rows",
                assertThrows(IllegalArgumentException.class, () -> Constraints.parse("unique(name)", meta)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Constraints.parse("fixed(city, id)", meta))
                .getMessage().contains("is generated"));
    }

    @Test
    void checkerComparesNumbersAsValuesInFixedAndUnique() {
        Metadata meta = new Metadata(List.of(ColumnMeta.of("city", SdType.CATEGORICAL),
                ColumnMeta.of("zip", SdType.NUMERICAL)), null);
        Dataset d = Dataset.ofRows("t", List.of("city", "zip"), List.of(new String[] {"a", "1.5"},
                new String[] {"b", "2"}, new String[] {"a", "1.50"}, new String[] {null, "2"}), List.of());
        Checker ch = Constraints.bind(Constraints.parseAll(List.of("fixed(city, zip)", "unique(city, zip)"), meta),
                meta, d);
        assertTrue(ch.holds(new String[] {"a", "1.500"}));
        assertTrue(ch.holds(new String[] {null, "2.0"}));
        assertFalse(ch.holds(new String[] {"b", "1.5"}));
        assertFalse(ch.holds(new String[] {"a", null}));
        List<Violations> v = ch.violations(d);
        assertEquals(1, v.size());
        assertEquals("1 real row breaks \"unique(city, zip)\" (row 3)", v.get(0).describe());
    }

    @Test
    void metadataReadsSdvConstraintObjects() {
        String json = "{\"columns\": {\"a\": {\"sdtype\": \"numerical\"}, \"b\": {\"sdtype\": \"numerical\"},"
                + " \"my col\": {\"sdtype\": \"categorical\"}}, \"constraints\": ["
                + "{\"constraint_class\": \"FixedCombinations\", \"constraint_parameters\": {\"column_names\": [\"my col\", \"a\"]}},"
                + "{\"constraint_class\": \"Unique\", \"constraint_parameters\": {\"column_names\": [\"b\"]}},"
                + "{\"constraint_class\": \"Inequality\", \"constraint_parameters\": {\"low_column_name\": \"a\","
                + " \"high_column_name\": \"b\", \"strict_boundaries\": true}},"
                + "{\"constraint_class\": \"ScalarInequality\", \"constraint_parameters\": {\"column_name\": \"a\","
                + " \"relation\": \">=\", \"value\": 10}},"
                + "{\"constraint_class\": \"ScalarRange\", \"constraint_parameters\": {\"column_name\": \"b\","
                + " \"low_value\": 1, \"high_value\": 5.5, \"strict_boundaries\": false}},"
                + "{\"constraint_class\": \"Positive\", \"constraint_parameters\": {\"column_name\": \"a\"}},"
                + "\"a <= 100\"]}";
        Metadata m = MetadataJson.parse(json);
        assertEquals(List.of("fixed(\"my col\", a)", "unique(b)", "b > a", "a >= 10", "b in 1..5.5", "a >= 0",
                "a <= 100"), m.constraints());
        for (String t : m.constraints()) {
            Constraints.parse(t, m);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetadataJson.parse(
                "{\"columns\": {\"a\": {\"sdtype\": \"numerical\"}}, \"constraints\": [{\"constraint_class\":"
                + " \"OneHotEncoding\", \"constraint_parameters\": {}}]}"));
        assertTrue(e.getMessage().startsWith("metadata \"constraints\": unsupported constraint_class \"OneHotEncoding\""),
                e.getMessage());
    }
}
