package cn.wulian.liancai.shared.imports.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses which field each column of a file holds from its header text, the way a person would:
 * "手机号码（必填）" is the mobile phone, "现工作单位" the employer. The guess is only a proposal
 * that the user confirms on the mapping screen.
 */
public final class HeaderGuess {

    /** a bracketed remark such as （必填）, [选填], 【单位】 */
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|【[^】]*】|〔[^〕]*〕");
    private static final Pattern NOISE = Pattern.compile("[\\s*:：()\\[\\]【】〔〕]");

    private HeaderGuess() {
    }

    /** header text reduced for matching: width, case, spaces, "*", colons and bracketed remarks gone */
    public static String key(String header) {
        String t = CellValues.text(header);
        if (t == null) {
            return "";
        }
        String withoutRemarks = REMARK.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
        String key = NOISE.matcher(withoutRemarks).replaceAll("");
        // a header that is nothing but a remark, e.g. "（备注）", keeps its words
        return key.isEmpty() ? NOISE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("") : key;
    }

    /** one way a column may be a field; better ones sort first */
    private record Candidate(int position, String field, boolean exact, int length, int fieldOrder) {
    }

    /**
     * For each header position the field it is guessed to be, or null. A field goes to one column
     * at most: an exact synonym beats one contained in the header, a longer contained synonym a
     * shorter one ("工作单位及职务" is the employer rather than the title), then the leftmost column.
     * A field's own name counts as one of its synonyms.
     */
    public static List<String> guess(List<String> headers, Map<String, List<String>> synonymsByField) {
        List<Candidate> candidates = new ArrayList<>();
        int fieldOrder = 0;
        for (Map.Entry<String, List<String>> field : synonymsByField.entrySet()) {
            Set<String> keys = new HashSet<>();
            keys.add(key(field.getKey()));
            field.getValue().forEach(s -> keys.add(key(s)));
            keys.remove("");
            for (int p = 0; p < headers.size(); p++) {
                String header = key(headers.get(p));
                if (header.isEmpty()) {
                    continue;
                }
                int best = -1;
                boolean exact = false;
                for (String k : keys) {
                    if (header.equals(k)) {
                        exact = true;
                    } else if (header.contains(k)) {
                        best = Math.max(best, k.length());
                    }
                }
                if (exact || best > 0) {
                    candidates.add(new Candidate(p, field.getKey(), exact, exact ? header.length() : best, fieldOrder));
                }
            }
            fieldOrder++;
        }
        candidates.sort(Comparator.comparing(Candidate::exact).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(Candidate::position)
                .thenComparingInt(Candidate::fieldOrder));
        String[] guessed = new String[headers.size()];
        Set<String> used = new HashSet<>();
        for (Candidate c : candidates) {
            if (guessed[c.position()] == null && used.add(c.field())) {
                guessed[c.position()] = c.field();
            }
        }
        return Arrays.asList(guessed);
    }

    /**
     * A stable signature of a header row, to remember a mapping per template: a SHA-256 (64 hex
     * characters) of its keys in order, so that width, spacing and remarks do not make it another
     * template; trailing blank headers are left out.
     */
    public static String signature(List<String> headers) {
        List<String> keys = new ArrayList<>(headers.stream().map(HeaderGuess::key).toList());
        while (!keys.isEmpty() && keys.getLast().isEmpty()) {
            keys.removeLast();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\u001F", keys).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
