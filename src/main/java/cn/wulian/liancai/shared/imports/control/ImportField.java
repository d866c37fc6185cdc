package cn.wulian.liancai.shared.imports.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field a file's column can be mapped to: its name in the record, its column header in the
 * template (Chinese and English), the other headers offices use for it, and whether a row without
 * it cannot be saved.
 */
public record ImportField(String name, String zh, String en, List<String> synonyms, boolean required) {

    public String label(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** field name → its headers and synonyms, in the fields' order, for {@link HeaderGuess#guess} */
    public static Map<String, List<String>> synonymsByField(List<ImportField> fields) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (ImportField f : fields) {
            List<String> names = new ArrayList<>(List.of(f.zh(), f.en()));
            names.addAll(f.synonyms());
            map.put(f.name(), List.copyOf(names));
        }
        return map;
    }
}
