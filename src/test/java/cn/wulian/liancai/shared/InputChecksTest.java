package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.talent.boundary.TalentInput;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.Stage;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

// alone: one test sets the JVM's default locale to Turkish for a moment, which other classes running beside it would see
@Isolated
class InputChecksTest {

    static ValidatorFactory validation;
    static InputChecks checks;

    @BeforeAll
    static void validator() {
        validation = Validation.buildDefaultValidatorFactory();
        checks = TestInputChecks.withValidator(validation.getValidator());
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"MASTER, MASTER", "master, MASTER", "' Master ', MASTER", "high_school, HIGH_SCHOOL"})
    void enumByNameIgnoringCaseAndSpace(String value, Degree expected) {
        assertEquals(expected, InputChecks.enumValue(Degree.class, value, "degree", true));
    }

    @Test
    void enumNamesDoNotDependOnTheServerLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(Stage.IDENTIFIED, InputChecks.enumValue(Stage.class, "identified", "stage", true));
            assertEquals(InteractionKind.VISIT, InputChecks.enumValue(InteractionKind.class, "visit", "kind", true));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void anOptionalEnumMayBeLeftOut(String value) {
        assertNull(InputChecks.enumValue(Degree.class, value, "degree", false));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aRequiredEnumMayNot(String value) {
        DomainViolation e = assertThrows(DomainViolation.class, () -> InputChecks.enumValue(InteractionKind.class, value, "kind", true));
        assertEquals(Map.of("kind", "validation.required"), e.fieldKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PHD", "硕士", "MASTERS", "M ASTER"})
    void anUnknownNameIsAWrongChoice(String value) {
        DomainViolation e = assertThrows(DomainViolation.class, () -> InputChecks.enumValue(Degree.class, value, "degree", false));
        assertEquals(Map.of("degree", "validation.choice"), e.fieldKeys());
    }

    @Test
    void tagsAreSplitTrimmedAndUnique() {
        assertEquals(List.of("新材料", "石材", "智能制造", "机器人", "AI"),
                InputChecks.tags(Arrays.asList("新材料；石材", " 新材料 ", "", null, "智能制造、机器人,新材料", "AI")));
        assertEquals(List.of(), InputChecks.tags(null));
        assertEquals(List.of(), InputChecks.tags(List.of(" ", "；")));
    }

    @Test
    void collectMovesAFieldErrorAside() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertEquals(Degree.MASTER, InputChecks.collect(errors, () -> InputChecks.enumValue(Degree.class, "master", "degree", false)));
        assertNull(InputChecks.collect(errors, () -> InputChecks.enumValue(Stage.class, "done", "stage", true)));
        assertNull(InputChecks.collect(errors, () -> InputChecks.enumValue(Degree.class, "phd", "degree", false)));
        assertEquals(Map.of("stage", "validation.choice", "degree", "validation.choice"), errors);
    }

    static TalentInput input(String name, String phone, String email, String wechat, List<String> expertise) {
        return new TalentInput(name, "M", 1982, null, null, null, null, null, null, null, null, null, expertise, phone, email,
                wechat, null, null, null, null, null, null, null);
    }

    @Test
    void aValidInputPasses() {
        checks.validate(input("厉志远", "188 3567 2789", "lizy@qq.com", "wx_lizhiyuan48", List.of("新材料")));
        checks.validate(input("厉志远", "", "", "18835672789", List.of()));
    }

    @Test
    void formatErrorsAreReportedPerFieldAllAtOnce() {
        List<String> thirteen = new ArrayList<>(Collections.nCopies(13, "标签"));
        DomainViolation e = assertThrows(DomainViolation.class,
                () -> checks.validate(input(" ", "call me", "not-an-address", "微信号", thirteen)));
        assertEquals(Map.of(
                "name", "validation.required",
                "phone", "validation.phone",
                "email", "validation.email",
                "wechat", "validation.wechat",
                "expertise", "validation.expertise.count"), e.fieldKeys());
    }

    @Test
    void anOverlongTagIsReportedAgainstExpertise() {
        DomainViolation e = assertThrows(DomainViolation.class,
                () -> checks.validate(input("厉志远", null, null, null, List.of("短", "很".repeat(31)))));
        assertEquals(Map.of("expertise", "validation.expertise.size"), e.fieldKeys());
    }

    @Test
    void noBodyAtAll() {
        assertEquals(Map.of("body", "validation.body.missing"),
                assertThrows(DomainViolation.class, () -> checks.validate(null)).fieldKeys());
    }
}
