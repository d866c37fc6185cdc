package cn.wulian.liancai.shared.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderGuessTest {

    static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", List.of("姓名", "名字"));
        FIELDS.put("phone", List.of("手机", "手机号码", "电话"));
        FIELDS.put("employer", List.of("工作单位", "单位"));
        FIELDS.put("title", List.of("职务"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"手机（必填）|手机", " *手 机： |手机", "Ｎａｍｅ [required]|name", "村（社区）|村", "【注】单位|单位",
            "（备注）|备注", "|''"})
    void keysLoseWidthCaseSpacesMarksAndRemarks(String header, String key) {
        assertEquals(key, HeaderGuess.key(header));
    }

    @Test
    void anExactSynonymBeatsOneContainedAndEachFieldIsUsedOnce() {
        List<String> headers = List.of("序号", "本人手机号码", "姓名*", "联系电话", "工作单位及职务", "职务", "", "电话");
        // 手机号码 is contained in 本人手机号码, but 电话 is exactly the last column
        assertEquals(Arrays.asList(null, null, "name", null, "employer", "title", null, "phone"), HeaderGuess.guess(headers, FIELDS));
    }

    @Test
    void aLongerContainedSynonymWins() {
        assertEquals(Arrays.asList("employer", "phone"), HeaderGuess.guess(List.of("现工作单位", "手机号码（必填）"), FIELDS));
        assertEquals(Arrays.asList(null, "employer"), HeaderGuess.guess(List.of("x", "单位名称"), FIELDS));
    }

    @Test
    void aFieldNameIsItsOwnSynonym() {
        assertEquals(Arrays.asList("phone", "name"), HeaderGuess.guess(List.of("PHONE", "name"), FIELDS));
    }

    @Test
    void theSignatureIgnoresFormButNotOrder() {
        String s = HeaderGuess.signature(List.of("姓名", "手机（必填）", ""));
        assertEquals(s, HeaderGuess.signature(List.of(" 姓 名 ", "手机")));
        assertEquals(64, s.length());
        assertNotEquals(s, HeaderGuess.signature(List.of("手机", "姓名")));
        assertNotEquals(s, HeaderGuess.signature(List.of("姓名", "手机", "邮箱")));
    }
}
