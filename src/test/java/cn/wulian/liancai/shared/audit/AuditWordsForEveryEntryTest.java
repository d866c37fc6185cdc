package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.imports.entity.ImportIssue;
import cn.wulian.liancai.shared.imports.entity.ImportStatus;
import cn.wulian.liancai.talent.boundary.TalentMerges;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every kind of record the trail can name and every action it records has a label in both
 * languages: an entry whose kind or action the bundles miss reads as its code (NOMINATION,
 * INDEX_REBUILD_STARTED) or, on a page that looks the label up by key, as nothing at all.
 */
class AuditWordsForEveryEntryTest {

    /** kinds written by name rather than as an entity's */
    private static final List<String> OTHER_KINDS = List.of("BACKUP", "SEARCH_INDEX");

    /** actions written as strings where they happen (the rest are constants and enums named below) */
    private static final List<String> OTHER_ACTIONS = List.of("LOGGED_IN", "LOGIN_FAILED", "PASSWORD_CHANGED", "PASSWORD_RESET",
            "IMPORT_UPLOADED", "IMPORT_STARTED", "IMPORT_CANCEL_REQUESTED", "INDEX_REBUILD_STARTED", "INDEX_VERIFIED", "INDEX_REPAIRED",
            "BACKED_UP", "BACKUP_FAILED");

    @Test
    void everyKindOfRecordHasALabelInBothLanguages() {
        List<String> kinds = new ArrayList<>(OTHER_KINDS);
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.wulian.liancai")) {
            if (c.isAnnotatedWith(Entity.class)) {
                kinds.add(RecordRef.kindOf(c.reflect()));
            }
        }
        assertTrue(kinds.contains("NOMINATION") && kinds.size() > 25, () -> "the entities were found: " + kinds);
        assertLabelled(kinds, AuditLabels::record, "kind");
    }

    @Test
    void everyActionHasALabelInBothLanguages() {
        List<String> actions = new ArrayList<>(AuditListView.ACTIONS);
        actions.addAll(OTHER_ACTIONS);
        actions.addAll(List.of(BulkInsert.ACTION, AuditTrail.VIEWED, AuditTrail.EXPORTED, AuditTrail.ERASED, TalentMerges.MERGED,
                TalentMerges.UNMERGED));
        Arrays.stream(AwardAction.values()).map(Enum::name).forEach(actions::add);
        Arrays.stream(ImportStatus.values()).filter(ImportStatus::finished).map(s -> "IMPORT_" + s.name()).forEach(actions::add);
        Arrays.stream(ImportIssue.Decision.values()).map(d -> "IMPORT_ROW_" + d.name()).forEach(actions::add);
        assertLabelled(actions, AuditLabels::action, "action");
    }

    /** a field's label is a label: an account's "enabled" was labelled with the message 已重新启用账号 {0} */
    @Test
    void noFieldIsLabelledWithAMessage() {
        TreeSet<String> messages = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.wulian.liancai")) {
            if (!c.isAnnotatedWith(Entity.class)) {
                continue;
            }
            String kind = RecordRef.kindOf(c.reflect());
            for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                AuditLabels labels = new AuditLabels(locale, ZoneId.of("Asia/Shanghai"), Map.of(), 0, List.of());
                c.getAllFields().stream().filter(f -> f.getOwner().isAnnotatedWith(Entity.class) || f.getOwner().getName().contains("Base"))
                        .map(f -> f.getName()).forEach(field -> {
                            String label = labels.field(kind + ":1", field);
                            if (label.contains("{")) {
                                messages.add(locale.getLanguage() + " " + kind + "." + field + " = " + label);
                            }
                        });
            }
        }
        assertTrue(messages.isEmpty(), () -> "fields labelled with a message: " + messages);
    }

    private static void assertLabelled(List<String> codes, java.util.function.BiFunction<AuditLabels, String, String> label, String what) {
        TreeSet<String> missing = new TreeSet<>();
        for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            AuditLabels labels = new AuditLabels(locale, ZoneId.of("Asia/Shanghai"), Map.of(), 0, List.of());
            for (String code : codes) {
                String said = label.apply(labels, code);
                if (said == null || said.isBlank() || said.equals(code) || said.equals(Messages.text(locale, "record.any"))) {
                    missing.add(locale.getLanguage() + " " + code);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "no " + what + " label for " + missing);
    }
}
