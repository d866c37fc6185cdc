package cn.wulian.liancai.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.imports.control.HeaderGuess;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.Parsed;
import java.io.IOException;
import java.math.BigDecimal;
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

class ProjectImportValuesTest {

    static Stream<Arguments> headerRows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/imports/project-headers.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerRows")
    void headersOfProjectSpreadsheetsAreGuessedAsTheGoldenFileSays(String headers, String fields) {
        List<String> expected = Arrays.stream(fields.split("\\|")).map(f -> f.equals("-") ? null : f).toList();
        assertEquals(expected, HeaderGuess.guess(List.of(headers.split("\\|")), ImportField.synonymsByField(ProjectImportValues.FIELDS)));
    }

    @Test
    void theTemplateHasTwelveFieldsInOrderAndNeedsWhatTheFormNeeds() {
        assertEquals(List.of("title", "team", "leadTalent", "platform", "industry", "township", "location", "plannedInvestment",
                "actualInvestment", "countyLeader", "openedOn", "description"),
                ProjectImportValues.FIELDS.stream().map(ImportField::name).toList());
        assertEquals(List.of("title", "plannedInvestment", "countyLeader", "openedOn"),
                ProjectImportValues.FIELDS.stream().filter(ImportField::required).map(ImportField::name).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3000000|3000000", "3,000,000|3000000", "３０００００|300000", "3000000.0|3000000",
            "3E+09|3000000000", "3.5E+08|350000000", "300万|3000000", "300万元|3000000", "1.2亿|120000000", "1.2 亿元|120000000",
            "¥5000|5000", "￥5,000.50|5000.5", "5000元|5000", "人民币5000元|5000", "1234.56|1234.56", "0|0", "12.345万|123450"})
    void sumsOfYuanAsOfficesWriteThem(String raw, String yuan) {
        Parsed<BigDecimal> p = ProjectImportValues.yuan(raw);
        assertEquals(yuan, p.ok() ? p.value().toPlainString() : p.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"三百万", "-5000", "约300万", "300 万美元", "1.2.3", "待定", "300千"})
    void whatIsNoSumIsAProblem(String raw) {
        assertEquals(Parsed.problem(ProjectImportValues.NOT_AMOUNT), ProjectImportValues.yuan(raw));
    }

    @Test
    void aBlankSumHasNoValue() {
        assertEquals(Parsed.ok(null), ProjectImportValues.yuan(" "));
    }
}
