package cn.wulian.liancai.shared.imports.control;

import java.util.List;

/**
 * A field a file's column can be mapped to: its name in the record, its column header in the
 * template (Chinese and English), the other headers offices use for it, and whether a row without
 * it cannot be saved.
 */
public record ImportField(String name, String zh, String en, List<String> synonyms, boolean required) {

    public String label(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
