package cn.wulian.liancai.shared.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** STAND-IN until the reading branch lands */
public final class HeaderGuess {
    private HeaderGuess() {
    }
    public static String key(String header) { return header == null ? "" : header.strip().toLowerCase().replace(" ", ""); }
    public static List<String> guess(List<String> headers, Map<String, List<String>> synonymsByField) {
        List<String> out = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (String h : headers) {
            String found = null;
            for (Map.Entry<String, List<String>> e : synonymsByField.entrySet()) {
                if (!used.contains(e.getKey()) && e.getValue().stream().map(HeaderGuess::key).anyMatch(key(h)::equals)) {
                    found = e.getKey();
                    used.add(found);
                    break;
                }
            }
            out.add(found);
        }
        return out;
    }
    public static String signature(List<String> headers) { return String.join("|", headers.stream().map(HeaderGuess::key).toList()); }
}
