package cn.wulian.liancai.shared.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InUseTest {

    private static final Referred TALENT = Referred.of(RecordKind.TALENT, 7);

    @Test
    void theSentenceNamesEachReferrerWithItsRoleInTheReadersLanguage() {
        Found found = new Found(TALENT, 10);
        found.add(new Reference(RecordKind.PROJECT, 3, "光电项目", "reference.role.recommender"));
        found.add(new Reference(RecordKind.TEAM, 12, "莲花科技", "reference.role.leader"));
        InUse inUse = new InUse(TALENT, found.named(), found.total());

        assertEquals("该人才仍被以下记录引用，不能删除：团队「莲花科技」（负责人）、项目「光电项目」（第一引荐人）", inUse.text(Messages.CHINESE));
        assertEquals("This talent cannot be deleted: it is still referred to by team \"莲花科技\" (leader), "
                + "project \"光电项目\" (first recommender)", inUse.text(Locale.ENGLISH));
    }

    @Test
    void everyKindOfReferenceIsNamedBeforeASecondOfAnyAndTheRestAreCounted() {
        Found found = new Found(TALENT, 3);
        for (int i = 1; i <= 5; i++) {
            found.add(new Reference(RecordKind.TEAM, i, "团队" + i, "reference.role.member"));
        }
        found.add(new Reference(RecordKind.NOMINATION, 9, "2026 · 张三", "reference.role.nominee"));
        found.add(new Reference(RecordKind.TEAM, 6, "团队6", "reference.role.leader"));

        assertEquals(List.of("团队6", "团队1", "2026 · 张三"), found.named().stream().map(Reference::label).toList());
        assertEquals(7, found.total());
        InUse inUse = new InUse(TALENT, found.named(), found.total());
        assertEquals("该人才仍被以下记录引用，不能删除：团队「团队6」（负责人）、团队「团队1」（成员）、提名「2026 · 张三」（被提名人），另有 4 处引用",
                inUse.text(Messages.CHINESE));
        assertEquals("This talent cannot be deleted: it is still referred to by team \"团队6\" (leader), team \"团队1\" (member), "
                + "nomination \"2026 · 张三\" (nominee), and 4 more", inUse.text(Locale.ENGLISH));
    }
}
