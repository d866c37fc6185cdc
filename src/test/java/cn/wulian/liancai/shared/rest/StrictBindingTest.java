package cn.wulian.liancai.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies hold whole numbers as Integer and Long (ArchitectureTest insists): those the binder reads through StrictBinding. */
class StrictBindingTest {

    public record Sheet(Integer year, Integer count, Long id, Long total, Map<String, Integer> scores, List<Long> ids) {
    }

    public record Note(String name, List<String> tags, Map<String, String> comments) {
    }

    private final Jsonb jsonb = new StrictBinding().getContext(Sheet.class);

    @Test
    void wholeNumbersInRangeAreReadAsSent() {
        Sheet s = jsonb.fromJson("""
                {"year":1985,"count":-3,"id":9007199254740993,"total":0,"scores":{"impact":10},"ids":[1,2]}""", Sheet.class);
        assertEquals(new Sheet(1985, -3, 9007199254740993L, 0L, Map.of("impact", 10), List.of(1L, 2L)), s);
    }

    @Test
    void aWholeNumberWrittenWithAFractionOfZeroIsThatNumber() {
        Sheet s = jsonb.fromJson("{\"year\":1985.0,\"scores\":{\"impact\":1e1}}", Sheet.class);
        assertEquals(1985, s.year());
        assertEquals(10, s.scores().get("impact"));
    }

    @Test
    void absentAndNullStayNull() {
        Sheet s = jsonb.fromJson("{\"year\":null}", Sheet.class);
        assertNull(s.year());
        assertNull(s.scores());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"year\":4294969278}",            // was read as 1982
            "{\"year\":1985.7}",                // was read as 1985
            "{\"year\":-4294967291}",
            "{\"count\":2147483648}",
            "{\"id\":9223372036854775808}",
            "{\"total\":1e400}",
            "{\"total\":1e-400}",
            "{\"scores\":{\"impact\":4294967301}}", // was read as 5, and a review's total with it
            "{\"scores\":{\"impact\":7.123456}}",
            "{\"ids\":[1,2.5]}",
    })
    void aNumberThatIsNotWholeOrDoesNotFitIsRefusedNamingTheField(String body) {
        assertRefusedNamingItsField(body, Sheet.class, "validation.wholeNumber");
    }

    @Test
    void textKeepsTabsAndLineBreaks() {
        Note n = jsonb.fromJson("{\"name\":\"莲才\\t团队\\r\\n第二行\",\"tags\":[\"a\"],\"comments\":{\"impact\":\"好\"}}", Note.class);
        assertEquals("莲才\t团队\r\n第二行", n.name());
        assertEquals(Map.of("impact", "好"), n.comments());
    }

    /** read leniently, "12" was 12 and 12 was "12", and an array was a map: [1,2] wiped a reviewer's scores */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"year\":\"12\"}|validation.jsonNumber",
            "{\"year\":\"zwölf\"}|validation.jsonNumber",
            "{\"year\":true}|validation.jsonNumber",
            "{\"ids\":[1,\"2\"]}|validation.jsonNumber",
            "{\"scores\":[1,2]}|validation.jsonObject",
            "{\"scores\":\"abc\"}|validation.jsonObject",
            "{\"scores\":{\"impact\":\"8\"}}|validation.jsonNumber",
    })
    void aValueOfAnotherJsonTypeIsRefusedNamingTheField(String bodyAndWhy) {
        String[] parts = bodyAndWhy.split("\\|");
        assertRefusedNamingItsField(parts[0], Sheet.class, parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":123}", "{\"name\":true}", "{\"tags\":[\"a\",1]}", "{\"comments\":{\"impact\":12}}"})
    void aNumberOrABooleanForTextIsRefusedNamingTheField(String body) {
        assertRefusedNamingItsField(body, Note.class, "validation.jsonText");
    }

    public record Amount(java.math.BigDecimal amount) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":\"300,000\"}", "{\"amount\":1.5e400}", "{\"amount\":\"1e400\"}", "{\"amount\":true}"})
    void anAmountIsANumberOfSaneSizeOrItsDecimalString(String body) {
        // a JSON number too large for any amount is said to be that, not "a number is expected"
        assertRefusedNamingItsField(body, Amount.class, body.contains("e400") ? "validation.numberRange" : "validation.jsonNumber");
        assertEquals(new java.math.BigDecimal("30000.50"), jsonb.fromJson("{\"amount\":30000.50}", Amount.class).amount());
        assertEquals(new java.math.BigDecimal("30000.50"), jsonb.fromJson("{\"amount\":\"30000.50\"}", Amount.class).amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":\"a\\u0000b\"}",       // was saved, and written raw into the CSV export
            "{\"name\":\"bell\\u0007\"}",
            "{\"name\":\"del\\u007f\"}",
            "{\"tags\":[\"ok\",\"a\\u001bb\"]}",
            "{\"comments\":{\"impact\":\"x\\u0000\"}}",
            "{\"name\":{\"nested\":1}}",
    })
    void textWithAControlCharacterIsRefusedNamingTheField(String body) {
        assertRefusedNamingItsField(body, Note.class, body.contains("nested") ? "validation.jsonText" : "validation.controlCharacter");
    }

    public record Shown(long id, String name, String townshipCode, List<ShownLine> lines) {
    }

    public record ShownLine(Long nomination, String justification, String title) {
    }

    @Echoes(Shown.class)
    public record Edit(String name, LocalDate on, Integer year, List<Line> lines) {
    }

    public record Line(Long nomination, String justification) {
    }

    /** what readFrom, the API's reading of a body, refuses: the fields, each with why */
    private static Map<String, String> refusedFields(String body, Class<?> type) {
        JsonbException e = assertThrows(JsonbException.class, () -> read(body, type));
        return DomainErrorMappers.unreadable(e);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(String body, Class<?> type) throws java.io.IOException {
        return new StrictBinding().readFrom((Class) type, type, new java.lang.annotation.Annotation[0],
                jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE, null,
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** a PUT replaces every field: "phon" passed over erased the phone and answered 200 */
    @Test
    void aFieldTheBodyDoesNotHaveIsRefusedByName() {
        assertEquals(Map.of("phon", "validation.unknownField"), refusedFields("{\"name\":\"a\",\"phon\":\"139\"}", Note.class));
        assertEquals(Map.of("lines[0].justfication", "validation.unknownField"),
                refusedFields("{\"lines\":[{\"nomination\":1,\"justfication\":\"x\"}]}", Edit.class));
    }

    @Test
    void whatTheApiAnsweredMayBeSentBackAndIsPassedOver() throws Exception {
        assertEquals(new Edit("a", null, 1985, null), read("{\"id\":7,\"townshipCode\":\"371121\",\"name\":\"a\",\"year\":1985}", Edit.class));
        assertEquals(Map.of("ID", "validation.unknownField"), refusedFields("{\"ID\":7,\"name\":\"a\"}", Edit.class));
        // within: the answer's records lend their names too (an award cycle's categories come back with their names)
        assertEquals(new Edit(null, null, null, List.of(new Line(1L, "x"))),
                read("{\"lines\":[{\"nomination\":1,\"justification\":\"x\",\"title\":\"二等奖\"}]}", Edit.class));
        assertEquals(Map.of("lines[1].titel", "validation.unknownField"),
                refusedFields("{\"lines\":[{\"nomination\":1},{\"nomination\":2,\"titel\":\"x\"}]}", Edit.class));
    }

    /** read whole, the binder stopped at the first: the caller mended one field per request */
    @Test
    void everyFieldThatCannotBeReadIsNamedAtOnce() {
        assertEquals(Map.of("on", "validation.format", "year", "validation.jsonNumber", "nickname", "validation.unknownField",
                        "lines", "validation.jsonText"),
                refusedFields("{\"name\":\"a\",\"on\":\"2026-02-30\",\"year\":\"x\",\"nickname\":1,"
                        + "\"lines\":[{\"nomination\":1,\"justification\":5}]}", Edit.class));
    }

    /** a file saved with a byte order mark and sent as it is (curl --data @file) */
    @Test
    void aBodyWithAByteOrderMarkIsRead() throws Exception {
        byte[] json = "{\"name\":\"莲才\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] marked = new byte[json.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(json, 0, marked, 3, json.length);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read = new StrictBinding().readFrom((Class) Edit.class, Edit.class, new java.lang.annotation.Annotation[0],
                jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE, null, new java.io.ByteArrayInputStream(marked));
        assertEquals(new Edit("莲才", null, null, null), read);
    }

    @Test
    void aBodyThatIsNotJsonOrHasMoreAfterItIsNotValidJson() {
        assertEquals(Map.of("body", "error.json"), refusedFields("{\"name\":\"a\"} x", Edit.class));
        assertEquals(Map.of("body", "error.json"), refusedFields("{\"name\":", Edit.class));
    }

    /** the body's one field, named as the API's 400 names it */
    private void assertRefusedNamingItsField(String body, Class<?> type, String why) {
        JsonbException e = assertThrows(JsonbException.class, () -> jsonb.fromJson(body, type));
        String field = body.substring(2, body.indexOf('"', 2));
        assertEquals(Map.of(field, why), DomainErrorMappers.unreadable(e), e::toString);
    }
}
