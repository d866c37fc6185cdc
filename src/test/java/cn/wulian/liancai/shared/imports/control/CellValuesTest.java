package cn.wulian.liancai.shared.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden file {@code imports/values.tsv}: values as offices type them and what each reader
 * makes of them (tab-separated, so that the raw values may hold commas and spaces).
 */
class CellValuesTest {

    static final Path GOLDEN = Path.of("src/test/resources/imports/values.tsv");

    static Stream<Arguments> golden() throws IOException {
        return Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @MethodSource("golden")
    void readsAsTheGoldenFileSays(String reader, String raw, String expected) {
        Function<String, Object> read = switch (reader) {
            case "text" -> CellValues::text;
            case "phone" -> CellValues::phone;
            case "email" -> CellValues::email;
            case "integer" -> r -> outcome(CellValues.integer(r));
            case "year" -> r -> outcome(CellValues.year(r));
            case "date" -> r -> outcome(CellValues.date(r));
            default -> throw new IllegalArgumentException("no reader " + reader);
        };
        Object actual = read.apply(raw);
        assertEquals(expected.isEmpty() ? null : expected, actual == null ? null : actual.toString(), reader + " of '" + raw + "'");
    }

    /** the value, or "!" and the problem's key; a problem never has a value */
    static Object outcome(Parsed<?> parsed) {
        if (!parsed.ok()) {
            assertEquals(null, parsed.value(), "a problem carries no value");
            return "!" + parsed.problem();
        }
        return parsed.value();
    }

    @Test
    void theGoldenFileCoversEveryReader() throws IOException {
        assertEquals(6, golden().map(a -> a.get()[0]).filter(Objects::nonNull).distinct().count());
    }

    @Test
    void nullIsBlankEverywhere() {
        assertEquals(null, CellValues.text(null));
        assertEquals(null, CellValues.phone(null));
        assertEquals(null, CellValues.email(null));
        assertTrue(CellValues.integer(null).ok());
        assertEquals(null, CellValues.date(null).value());
    }
}
