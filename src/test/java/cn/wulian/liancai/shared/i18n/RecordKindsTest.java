package cn.wulian.liancai.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordKindsTest {

    @Test
    void aKindInWordsIsOneKeyOfTheBundle() {
        assertEquals("record.team", RecordKinds.key("team"));
        assertEquals("record.awardCycle", RecordKinds.key("award cycle"));
        assertEquals("record.kindOfSubject", RecordKinds.key("kind of subject"));
    }

    @Test
    void theKindIsNamedInTheReadersLanguage() {
        assertEquals("团队", RecordKinds.name(Messages.CHINESE, "team"));
        assertEquals("team", RecordKinds.name(Locale.ENGLISH, "team"));
        assertEquals("评选周期", RecordKinds.name(Messages.CHINESE, "award cycle"));
        assertEquals("award cycle", RecordKinds.name(Locale.ENGLISH, "award cycle"));
    }

    @Test
    void aKindTheBundleDoesNotNameIsARecord() {
        assertEquals("record.any", RecordKinds.key("gadget"));
        assertEquals("记录", RecordKinds.name(Messages.CHINESE, "gadget"));
        assertEquals("record", RecordKinds.name(Locale.ENGLISH, null));
    }

    @Test
    void theStaleMessageNamesTheKind() {
        assertEquals("该项目已被他人修改，请刷新后再编辑（您的输入未保存）",
                Messages.text(Messages.CHINESE, "record.stale", RecordKinds.name(Messages.CHINESE, "project")));
        assertEquals("Someone else changed this project; reload before editing (your input was not saved)",
                Messages.text(Locale.ENGLISH, "record.stale", RecordKinds.name(Locale.ENGLISH, "project")));
    }
}
