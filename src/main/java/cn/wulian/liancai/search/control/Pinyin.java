package cn.wulian.liancai.search.control;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A title as it is typed on a phone's Latin keyboard: the pinyin of its Han characters, whole or
 * by initials, without tones, spaces or case. {@link #keys} gives the spellings under which a title is
 * indexed, {@link #key} the one spelling a query stands for; a query matches when its spelling is one
 * of the title's.
 *
 * <p>For a person's name of up to four characters every mixture of whole syllables and initials is
 * a key ({@code maweiqiang}, {@code mwq}, {@code mawq}, {@code mweiqiang} … for 马伟强: 2<sup>n</sup>
 * keys), so that {@code ma wq} and {@code 马wq} find the person as well as the full spelling and the
 * initials do. Longer titles (teams, projects, platforms) have the full spelling and the initials.
 *
 * <p>A name is read as a name: a surname whose character has another common reading is read as the
 * surname (单 shàn, not dān; 曾 zēng; 解 xiè; 区 ōu; 仇 qiú; 朴 piáo; 查 zhā; 尉迟 yùchí …) when it
 * stands first — in the title of a person and in a query alike, since a query mixing Han characters
 * and Latin letters begins with the surname the user knows. Traditional characters read as their
 * Simplified forms. {@code ü} is written {@code u} (and a typed {@code v} read as it), as the
 * keyboard's pinyin input does.
 */
public final class Pinyin {

    /** a spelling this long is no name; longer queries are not read as pinyin */
    static final int MAX_KEY = 64;
    /** names of up to this many syllables get every mixture of syllables and initials */
    static final int MIXED_UP_TO = 4;

    /**
     * Surnames whose characters are read otherwise in ordinary words (ICU's reading is the ordinary
     * one), and compound surnames, in Simplified characters. From the lists of 百家姓 readings.
     */
    private static final Map<String, List<String>> SURNAMES = Map.ofEntries(
            Map.entry("尉迟", List.of("yu", "chi")), Map.entry("万俟", List.of("mo", "qi")),
            Map.entry("单于", List.of("chan", "yu")), Map.entry("长孙", List.of("zhang", "sun")),
            Map.entry("澹台", List.of("tan", "tai")), Map.entry("单", List.of("shan")),
            Map.entry("曾", List.of("zeng")), Map.entry("解", List.of("xie")), Map.entry("区", List.of("ou")),
            Map.entry("仇", List.of("qiu")), Map.entry("朴", List.of("piao")), Map.entry("查", List.of("zha")),
            Map.entry("盖", List.of("ge")), Map.entry("覃", List.of("qin")), Map.entry("缪", List.of("miao")),
            Map.entry("翟", List.of("zhai")), Map.entry("乐", List.of("yue")), Map.entry("员", List.of("yun")),
            Map.entry("繁", List.of("po")), Map.entry("句", List.of("gou")), Map.entry("召", List.of("shao")),
            Map.entry("折", List.of("she")), Map.entry("祭", List.of("zhai")), Map.entry("重", List.of("chong")),
            Map.entry("种", List.of("chong")), Map.entry("秘", List.of("bi")), Map.entry("柏", List.of("bai")),
            Map.entry("薄", List.of("bo")), Map.entry("冼", List.of("xian")), Map.entry("长", List.of("chang")),
            Map.entry("沈", List.of("shen")), Map.entry("尉", List.of("yu")), Map.entry("宿", List.of("su")),
            Map.entry("藏", List.of("zang")), Map.entry("阚", List.of("kan")), Map.entry("谌", List.of("chen")));

    /** a query read as pinyin: Han characters, Latin letters (with tone marks), digits and separators, at least one letter */
    private static final Pattern SPELLABLE = Pattern.compile("[\\p{IsHan}\\p{IsLatin}\\p{Nd}\\s'’·-]+");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    private static final ThreadLocal<Transliterator> READING =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified; Han-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII; Lower"));
    /** a character's reading, computed once: a registry of a million names has a few thousand distinct characters */
    private static final Map<Integer, String> READINGS = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    /**
     * The spellings a title is found by; none for a title without Han characters (its words are
     * searched as they are written).
     *
     * @param person whether the title is a person's name (surnames read as surnames, all mixtures)
     */
    public static Set<String> keys(String title, boolean person) {
        List<String> syllables = syllables(title, person);
        if (syllables.isEmpty() || syllables.stream().noneMatch(Pinyin::isHanSyllable)) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        if (person && syllables.size() <= MIXED_UP_TO) {
            mixtures(syllables, 0, new StringBuilder(), keys);
        } else {
            keys.add(join(syllables, false));
            keys.add(join(syllables, true));
        }
        keys.removeIf(k -> k.isEmpty() || k.length() > MAX_KEY);
        return keys;
    }

    /**
     * A title's place in pinyin order: its syllables and words in lower case, a space between them
     * (马伟 before 马伟强 before 毛文清; 单 as shan when it is a person's surname), the title itself
     * after a tab so that names read alike keep one order.
     */
    public static String sortKey(String title, boolean person) {
        return syllables(title, person).stream().map(Pinyin::text).collect(Collectors.joining(" ")) + "\t" + title;
    }

    /**
     * The spelling a query stands for ({@code "Mǎ Wéiqiáng"} → {@code maweiqiang}, {@code 马wq} →
     * {@code mawq}), or null when the query is not written in pinyin: no Latin letter (a phone
     * number), or anything but Han characters, letters, digits and separators (operators, quotes).
     */
    public static String key(String query) {
        if (query == null || !SPELLABLE.matcher(query).matches() || !LATIN.matcher(query).find()) {
            return null;
        }
        String key = syllables(query, true).stream().map(Pinyin::text).collect(Collectors.joining());
        return key.isEmpty() || key.length() > MAX_KEY ? null : key;
    }

    /**
     * The text as the search compares it letter by letter: Traditional characters as Simplified,
     * full-width forms as half-width, lower case ({@code 山東大學} and {@code 山东大学} alike).
     */
    public static String folded(String text) {
        return Normalizer.normalize(SIMPLIFIED.get().transliterate(text.strip()), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The title's units: one syllable per Han character (a leading surname as a surname), a run of
     * Latin letters or digits as one unit (folded to ASCII lower case), everything else dropped.
     */
    static List<String> syllables(String text, boolean person) {
        List<String> units = new ArrayList<>();
        String simplified = SIMPLIFIED.get().transliterate(text.strip());
        int at = 0;
        if (person) {
            for (int length = 2; length >= 1; length--) {
                if (simplified.codePointCount(0, simplified.length()) >= length) {
                    int end = simplified.offsetByCodePoints(0, length);
                    List<String> surname = SURNAMES.get(simplified.substring(0, end));
                    if (surname != null) {
                        units.addAll(surname);
                        at = end;
                        break;
                    }
                }
            }
        }
        StringBuilder word = new StringBuilder();
        while (at < simplified.length()) {
            int c = simplified.codePointAt(at);
            at += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flush(word, units);
                String reading = READINGS.computeIfAbsent(c, k -> READING.get().transliterate(Character.toString(k)).strip());
                if (!reading.isEmpty() && reading.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    units.add(reading);
                }
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else {
                flush(word, units);
            }
        }
        flush(word, units);
        return units;
    }

    private static void flush(StringBuilder word, List<String> units) {
        if (!word.isEmpty()) {
            // v for ü as the pinyin keyboard types it (lv, nv); on both sides, so a Latin word with a v still meets itself
            String ascii = ASCII.get().transliterate(word.toString()).replaceAll("[^a-z0-9]", "").replace('v', 'u');
            if (!ascii.isEmpty()) {
                units.add("\u0000" + ascii);
            }
            word.setLength(0);
        }
    }

    /** Han syllables are plain; a Latin or digit run carries a marker, so that it is never cut to an initial */
    private static boolean isHanSyllable(String unit) {
        return !unit.startsWith("\u0000");
    }

    private static String text(String unit) {
        return isHanSyllable(unit) ? unit : unit.substring(1);
    }

    private static String join(List<String> units, boolean initials) {
        StringBuilder key = new StringBuilder();
        for (String unit : units) {
            key.append(initials && isHanSyllable(unit) ? unit.substring(0, 1) : text(unit));
        }
        return key.toString();
    }

    private static void mixtures(List<String> units, int from, StringBuilder prefix, Set<String> keys) {
        if (from == units.size()) {
            keys.add(prefix.toString());
            return;
        }
        String unit = units.get(from);
        int length = prefix.length();
        prefix.append(text(unit));
        mixtures(units, from + 1, prefix, keys);
        prefix.setLength(length);
        if (isHanSyllable(unit) && unit.length() > 1) {
            prefix.append(unit.charAt(0));
            mixtures(units, from + 1, prefix, keys);
            prefix.setLength(length);
        }
    }
}
