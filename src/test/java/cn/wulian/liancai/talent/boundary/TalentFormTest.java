package cn.wulian.liancai.talent.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edit form's text fields turned into the same input the REST API takes. */
class TalentFormTest {

    @Test
    void pickerLabelNamesTheTalentAndItsId() {
        assertEquals("孙志刚 (#12)", TalentForm.talentLabel("孙志刚", 12));
        assertEquals(12L, TalentForm.talentId(TalentForm.talentLabel("孙志刚", 12)));
        assertEquals(45L, TalentForm.talentId(TalentForm.talentLabel("王#3", 45)));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            孙志刚 (#12)        | 12
            '孙志刚 (#12)   '   | 12
            #7                  | 7
            孙志刚 #8           | 8
            孙志刚              | NULL
            孙志刚 (#12) 的同学 | NULL
            孙志刚 (#abc)       | NULL
            孙志刚 (12)         | NULL
            ''                  | NULL
            NULL                | NULL
            """)
    void idIsReadFromTheEndOfTheLabel(String label, Long id) {
        assertEquals(id, TalentForm.talentId(label));
    }

    static TalentForm form() {
        TalentForm f = new TalentForm();
        f.setName("厉志远");
        f.setGender("M");
        f.setBirthYear(1982);
        f.setTownship("371121001");
        f.setVillage("高家岭村");
        f.setDegree("DOCTORATE");
        f.setSchool("哈尔滨工业大学");
        f.setMajor("材料科学与工程");
        f.setGraduationYear(2010);
        f.setCity("五莲");
        f.setEmployer("五莲莲创新材料科技有限公司");
        f.setTitle("创始人");
        f.setExpertise("新材料；石材加工, 智能制造、新材料");
        f.setPhone("18835672789");
        f.setEmail("lizy@qq.com");
        f.setWechat("wx_lizhiyuan48");
        f.setStage("RETURNED");
        f.setLiaison("office");
        f.setNotes("返乡创业");
        f.setReturnedOn(LocalDate.of(2018, 5, 1));
        f.setVersion(3L);
        return f;
    }

    @Test
    void everyFieldReachesTheInput() {
        TalentForm f = form();
        f.setReferrer("孙志刚 (#12)");

        assertEquals(new TalentInput("厉志远", "M", 1982, "371121001", "高家岭村", "DOCTORATE", "哈尔滨工业大学", "材料科学与工程", 2010,
                "五莲", "五莲莲创新材料科技有限公司", "创始人", List.of("新材料", "石材加工", "智能制造"), "18835672789", "lizy@qq.com",
                "wx_lizhiyuan48", "RETURNED", "office", 12L, null, "返乡创业", LocalDate.of(2018, 5, 1), 3L), f.toInput());
    }

    @Test
    void aNewFormStartsAsIdentified() {
        TalentInput in = new TalentForm().toInput();
        assertEquals("IDENTIFIED", in.stage());
        assertEquals(List.of(), in.expertise());
        assertNull(in.referrerId());
        assertNull(in.referrerName());
    }

    @Test
    void aTypedNameThatIsNoRegisteredTalentIsKeptAsFreeTextReferrer() {
        TalentForm f = form();
        f.setReferrer("县一中 李老师");

        TalentInput in = f.toInput();
        assertNull(in.referrerId());
        assertEquals("县一中 李老师", in.referrerName());
    }

    @Test
    void anExplicitFreeTextReferrerWins() {
        TalentForm f = form();
        f.setReferrer("县一中 李老师");
        f.setReferrerName("王校长");

        TalentInput in = f.toInput();
        assertNull(in.referrerId());
        assertEquals("王校长", in.referrerName());
    }

    @Test
    void aBlankReferrerIsNone() {
        TalentForm f = form();
        f.setReferrer("  ");
        f.setReferrerName("");

        TalentInput in = f.toInput();
        assertNull(in.referrerId());
        assertEquals("", in.referrerName());
    }

    @Test
    void aPickedAndATypedReferrerBothGoThroughForTheRulesToRefuse() {
        TalentForm f = form();
        f.setReferrer("孙志刚 (#12)");
        f.setReferrerName("王校长");

        TalentInput in = f.toInput();
        assertEquals(12L, in.referrerId());
        assertEquals("王校长", in.referrerName());
    }

    @Test
    void aTalentShownInTheFormComesBackUnchanged() {
        TalentJson json = new TalentJson(5, "厉志远", "M", 1982, "洪凝街道", "371121001", "高家岭村", "DOCTORATE", "哈尔滨工业大学",
                "材料科学与工程", 2010, "五莲", "五莲莲创新材料科技有限公司", "创始人", List.of("新材料", "石材加工"), "18835672789",
                "lizy@qq.com", "wx_lizhiyuan48", "RETURNED", LocalDate.of(2018, 5, 1), "office", "人才办 王晓燕", 12L, "孙志刚", null, "返乡创业", false,
                Instant.EPOCH, Instant.EPOCH, null, null, 3);

        TalentForm f = TalentForm.of(json);

        assertEquals("孙志刚 (#12)", f.getReferrer());
        assertEquals("新材料；石材加工", f.getExpertise());
        assertEquals("371121001", f.getTownship());
        assertEquals(new TalentInput("厉志远", "M", 1982, "371121001", "高家岭村", "DOCTORATE", "哈尔滨工业大学", "材料科学与工程", 2010,
                "五莲", "五莲莲创新材料科技有限公司", "创始人", List.of("新材料", "石材加工"), "18835672789", "lizy@qq.com",
                "wx_lizhiyuan48", "RETURNED", "office", 12L, null, "返乡创业", LocalDate.of(2018, 5, 1), 3L), f.toInput());
    }
}
