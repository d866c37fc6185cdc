package cn.wulian.liancai.team.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.imports.control.HeaderGuess;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.Parsed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TeamImportValuesTest {

    /** the platforms as the seed loads them */
    static final List<Platform> PLATFORMS = platforms();

    static List<Platform> platforms() {
        try {
            return Files.readAllLines(Path.of("data-seed/platforms.csv"), StandardCharsets.UTF_8).stream().skip(1)
                    .map(l -> l.split(",")).map(f -> new Platform(f[0], f[1], f[2], null, null, null, null, null, null, null)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> headerRows() throws IOException {
        return goldenRows("src/test/resources/imports/team-headers.tsv");
    }

    static Stream<Arguments> goldenRows(String file) throws IOException {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1]));
    }

    /** the fields the golden file names for a header row, as the guess gives them */
    static List<String> expected(String fields) {
        return Arrays.stream(fields.split("\\|")).map(f -> f.equals("-") ? null : f).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerRows")
    void headersOfTeamSpreadsheetsAreGuessedAsTheGoldenFileSays(String headers, String fields) {
        assertEquals(expected(fields), HeaderGuess.guess(List.of(headers.split("\\|")), ImportField.synonymsByField(TeamImportValues.FIELDS)));
    }

    @Test
    void theTemplateHasElevenFieldsInOrderAndNeedsNameAndPlatform() {
        assertEquals(List.of("name", "platform", "leader", "field", "foundedOn", "headcount", "companyName", "creditCode",
                "incubationStart", "incubationEnd", "description"), TeamImportValues.FIELDS.stream().map(ImportField::name).toList());
        assertEquals(List.of("name", "platform"), TeamImportValues.FIELDS.stream().filter(ImportField::required).map(ImportField::name).toList());
        assertEquals(List.of("团队名称", "Team name"), ImportField.synonymsByField(TeamImportValues.FIELDS).get("name").subList(0, 2),
                "the template's headers come first");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fatong|fatong", "FATONG|fatong", "法桐小院|fatong", " 法桐小院 |fatong", "Fatong Courtyard|fatong",
            "fatong courtyard|fatong", "市北双创|shibei", "中科院|cas", "中科院知识产权小镇|cas", "昆山智谷|kunshan", "法桐小院众创空间|fatong",
            "ｆａｔｏｎｇ|fatong"})
    void platformsByCodeNameEnglishNameOrAPartThatFitsOne(String raw, String code) {
        Parsed<Platform> p = TeamImportValues.platform(raw, PLATFORMS);
        assertEquals(code, p.ok() ? p.value().getCode() : p.problem());
    }

    @ParameterizedTest
    @CsvSource({"法", "五莲", "不存在的平台", "x"})
    void aPlatformThatIsNoneOrSeveralIsAProblem(String raw) {
        assertEquals(Parsed.problem("import.value.platform"), TeamImportValues.platform(raw, PLATFORMS));
    }

    @Test
    void aBlankPlatformHasNoValueAndTheRowSaysItIsRequired() {
        assertEquals(Parsed.ok(null), TeamImportValues.platform("　", PLATFORMS));
    }
}
