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
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
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

    /**
     * every field the trail records has a label in both languages: a nomination's change read
     * "category：investment；winner：否" on the Chinese page
     */
    @Test
    void everyRecordedFieldHasALabelInBothLanguages() {
        TreeSet<String> missing = new TreeSet<>();
        int fields = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.wulian.liancai")) {
            Class<?> entity = c.isAnnotatedWith(Entity.class) ? c.reflect() : null;
            if (entity == null || entity == AuditEntry.class || entity.isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            String kind = RecordRef.kindOf(entity);
            for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
                for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                    int modifiers = f.getModifiers();
                    if (java.lang.reflect.Modifier.isStatic(modifiers) || java.lang.reflect.Modifier.isTransient(modifiers)
                            || f.isSynthetic() || f.getName().startsWith("_persistence")
                            || Stream.of(Id.class, Version.class, Transient.class, NotAudited.class, OneToMany.class, ManyToMany.class)
                            .anyMatch(f::isAnnotationPresent)) {
                        continue;
                    }
                    fields++;
                    for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                        AuditLabels labels = new AuditLabels(locale, ZoneId.of("Asia/Shanghai"), Map.of(), 0, List.of());
                        // an English label may be the field's name when that is a word ("note"), not when it is code ("dueOn")
                        boolean word = locale.equals(Locale.ENGLISH) && f.getName().chars().allMatch(Character::isLowerCase);
                        if (!word && labels.field(kind + ":1", f.getName()).equals(f.getName())) {
                            missing.add(locale.getLanguage() + " " + kind + "." + f.getName());
                        }
                    }
                }
            }
        }
        int found = fields;
        assertTrue(found > 200, () -> "the entities' fields were found: " + found);
        assertTrue(missing.isEmpty(), () -> missing.size() + " fields without a label: " + missing);
    }

    /** every value of an enum the trail records reads as the pages say it: a service step's action read RECEIVE */
    @Test
    void everyRecordedEnumValueHasALabelInBothLanguages() {
        TreeSet<String> missing = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.wulian.liancai")) {
            Class<?> entity = c.isAnnotatedWith(Entity.class) ? c.reflect() : null;
            if (entity == null || entity.isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
                for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                    if (!f.getType().isEnum() || f.isAnnotationPresent(NotAudited.class)) {
                        continue;
                    }
                    for (Object constant : f.getType().getEnumConstants()) {
                        String key = "enum." + f.getType().getSimpleName() + "." + ((Enum<?>) constant).name();
                        for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                            if (!Messages.bundle(locale).containsKey(key)) {
                                missing.add(locale.getLanguage() + " " + key);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> missing.size() + " values without a label: " + missing);
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
