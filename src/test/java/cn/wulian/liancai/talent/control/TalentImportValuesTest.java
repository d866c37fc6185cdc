package cn.wulian.liancai.talent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.imports.control.HeaderGuess;
import cn.wulian.liancai.shared.imports.control.Parsed;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TalentImportValuesTest {

    /** the county's townships as the seed loads them */
    static final List<Township> TOWNSHIPS = townships();

    static List<Township> townships() {
        try {
            return Files.readAllLines(Path.of("data-seed/townships.csv"), StandardCharsets.UTF_8).stream().skip(1)
                    .map(l -> l.split(",")).map(f -> new Township(f[0], f[1], f[2], f[3])).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> headerRows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/imports/headers.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerRows")
    void headersOfOfficeSpreadsheetsAreGuessedAsTheGoldenFileSays(String headers, String fields) {
        List<String> expected = Arrays.stream(fields.split("\\|")).map(f -> f.equals("-") ? null : f).toList();
        assertEquals(expected, HeaderGuess.guess(List.of(headers.split("\\|")), TalentImportValues.synonymsByField()));
    }

    @Test
    void theTemplateHasItsTwentyFieldsInOrder() {
        assertEquals(List.of("name", "gender", "birthYear", "township", "village", "degree", "school", "major", "graduationYear", "city",
                "employer", "title", "expertise", "phone", "email", "wechat", "stage", "returnedOn", "referrerName", "notes"),
                TalentImportValues.FIELDS.stream().map(TalentImportValues.Field::name).toList());
        Map<String, List<String>> synonyms = TalentImportValues.synonymsByField();
        assertEquals(List.of("手机", "Mobile"), synonyms.get("phone").subList(0, 2), "the template's headers come first");
    }

    @ParameterizedTest
    @CsvSource({"男,M", "女,F", "男性,M", " 女 ,F", "M,M", "f,F", "Male,M", "FEMALE,F", "Ｍ,M"})
    void genders(String raw, Gender expected) {
        assertEquals(Parsed.ok(expected), TalentImportValues.gender(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "本科|BACHELOR", "学士|BACHELOR", "大学本科|BACHELOR", "全日制本科|BACHELOR", "本科学历|BACHELOR", "学士学位|BACHELOR",
            "bachelor|BACHELOR", "Bachelor of Science|BACHELOR", "B.Sc.|BACHELOR",
            "硕士|MASTER", "研究生|MASTER", "硕士研究生|MASTER", "MBA|MASTER", "MPA|MASTER", "工程硕士|MASTER", "在职研究生|MASTER",
            "master|MASTER", "Master's|MASTER", "M.A.|MASTER",
            "博士|DOCTORATE", "博士研究生|DOCTORATE", "博士后|DOCTORATE", "PhD|DOCTORATE", "Ph.D.|DOCTORATE", "doctorate|DOCTORATE",
            "大专|ASSOCIATE", "专科|ASSOCIATE", "大学专科|ASSOCIATE", "高职|ASSOCIATE", "高职高专|ASSOCIATE",
            "高中|HIGH_SCHOOL", "中专|HIGH_SCHOOL", "中等专科|HIGH_SCHOOL", "职高|HIGH_SCHOOL", "技校|HIGH_SCHOOL", "初中|HIGH_SCHOOL",
            "高中及以下|HIGH_SCHOOL", "High school or below|HIGH_SCHOOL",
            "DOCTORATE|DOCTORATE", "associate|ASSOCIATE"})
    void degreesInWords(String raw, Degree expected) {
        assertEquals(Parsed.ok(expected), TalentImportValues.degree(raw));
    }

    @ParameterizedTest
    @CsvSource({"男女", "unknown", "博", "mast", "文盲", "12"})
    void whatIsNoGenderOrDegreeIsAProblem(String raw) {
        assertEquals(Parsed.problem("import.value.degree"), TalentImportValues.degree(raw));
        assertEquals(Parsed.problem("import.value.gender"), TalentImportValues.gender(raw));
    }

    @Test
    void blanksAreFineAndHaveNoValue() {
        assertEquals(Parsed.ok(null), TalentImportValues.gender("　"));
        assertEquals(Parsed.ok(null), TalentImportValues.degree(null));
        assertEquals(Parsed.ok(null), TalentImportValues.stage(""));
        assertEquals(Parsed.ok(null), TalentImportValues.township(" ", TOWNSHIPS));
        assertEquals(List.of(), TalentImportValues.expertise("  "));
        assertEquals(Parsed.problem("import.value.gender"), TalentImportValues.gender("男女"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"已识别|IDENTIFIED", "已联系|CONTACTED", "深度对接|ENGAGED", "已返乡/投资|RETURNED", "暂停联系|INACTIVE",
            "Identified|IDENTIFIED", "returned / investing|RETURNED", "ENGAGED|ENGAGED", "inactive|INACTIVE", "已返乡／投资|RETURNED"})
    void stagesByTheirLabelsOrNames(String raw, Stage expected) {
        assertEquals(Parsed.ok(expected), TalentImportValues.stage(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"已返乡|RETURNED", "返乡创业|RETURNED", "已投资|RETURNED", "对接中|ENGAGED", "联系中|CONTACTED",
            "待联系|IDENTIFIED", "暂停|INACTIVE", "不再联系|INACTIVE", "已返鄉|RETURNED", "深度對接|ENGAGED"})
    void stagesByTheWordsOfTheOfficesLists(String raw, Stage expected) {
        assertEquals(Parsed.ok(expected), TalentImportValues.stage(raw));
    }

    /** recorded as the form records it: no township, the place in 村（社区）/ 县外籍贯 */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"县外|''", "县外 / 未知|''", "未知|''", "-|''", "日照市东港区|日照市东港区", "北京市海淀区|北京市海淀区",
            "临沂市莒南县|临沂市莒南县"})
    void aHometownOutsideTheCountyIsNoTownship(String raw, String place) {
        assertEquals(Parsed.ok(new TalentImportValues.Hometown(null, place)), TalentImportValues.hometown(raw, TOWNSHIPS));
    }

    @ParameterizedTest
    @CsvSource({"洪凝街道", "街头", "五莲县", "山东省日照市五莲县潮河镇", "洪凝区", "日照市街头区", "在谈"})
    void aTownshipOrAMisspeltOneIsNotTakenForAPlaceElsewhere(String raw) {
        Parsed<TalentImportValues.Hometown> read = TalentImportValues.hometown(raw, TOWNSHIPS);
        assertEquals(null, read.value() == null ? null : read.value().outside(), read::toString);
    }

    @Test
    void aHometownThatIsNoTownshipIsToldHowToWriteOneOutsideTheCounty() {
        assertEquals(Parsed.problem("import.value.hometown"), TalentImportValues.hometown("洪凝区", TOWNSHIPS));
        assertEquals("371121001", TalentImportValues.hometown("洪凝", TOWNSHIPS).value().township().getCode());
    }

    @Test
    void anUnknownStageIsAProblem() {
        assertEquals(Parsed.problem("import.value.stage"), TalentImportValues.stage("在谈"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"洪凝街道|371121001", "洪凝|371121001", "洪凝镇|371121001", "371121102|371121102", "街头镇|371121102",
            "街头|371121102", "户部乡|371121202", "户部|371121202", "五莲经济开发区|371121400", "五莲经济|371121400", "五莲山|371121401",
            "Jietou Town|371121102", "jietou|371121102", "HONGNING SUBDISTRICT|371121001", "Hubu Township|371121202",
            "五莲县街头镇北村|371121102", "山东省日照市五莲县潮河镇|371121103", "３７１１２１１０３|371121103", "潮河鎮|371121103"})
    void townshipsByCodeNameShortNameEnglishOrAddress(String raw, String code) {
        Parsed<Township> t = TalentImportValues.township(raw, TOWNSHIPS);
        assertEquals(code, t.ok() && t.value() != null ? t.value().getCode() : t.problem());
        assertSame(TOWNSHIPS.stream().filter(tw -> tw.getCode().equals(code)).findFirst().orElseThrow(), t.value());
    }

    @ParameterizedTest
    @CsvSource({"五莲县", "日照市东港区", "洪凝街道街头镇", "Town", "371121999"})
    void whatNamesNoOneTownshipIsAProblem(String raw) {
        assertEquals(Parsed.problem("import.value.township"), TalentImportValues.township(raw, TOWNSHIPS));
    }

    @Test
    void aTownshipWithoutAnEnglishNameIsFoundByItsChineseOne() {
        Township newer = new Township("371121999", "新设镇", null, "镇");
        List<Township> all = List.of(newer, new Township("371121998", "", null, "镇"));
        assertSame(newer, TalentImportValues.township("新设", all).value());
        assertEquals(Parsed.problem("import.value.township"), TalentImportValues.township("Xinshe", all));
    }

    @Test
    void expertiseIsSplitIntoTags() {
        assertEquals(List.of("人工智能", "机器学习", "芯片设计"), TalentImportValues.expertise("人工智能、机器学习，芯片设计；人工智能"));
        assertEquals(List.of("人工智能", "机器学习"), TalentImportValues.expertise("人工智能 机器学习"));
        assertEquals(List.of("人工智能", "机器学习"), TalentImportValues.expertise("人工智能　机器学习"));
        assertEquals(List.of("machine learning", "AI芯片", "农业"), TalentImportValues.expertise("machine learning/AI芯片\n农业"));
        assertEquals(List.of("Java 开发", "a", "b", "c", "d"), TalentImportValues.expertise("Java 开发;a,b|c；d"));
    }
}
