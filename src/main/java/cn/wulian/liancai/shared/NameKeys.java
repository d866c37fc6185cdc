package cn.wulian.liancai.shared;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A name as two spellings of it compare: 張偉 and 张伟, "张 伟" typed with a full-width space, 艾力·买买提 with or
 * without its dot are one name; 张伟 and 张玮 stay two. Shared by whatever must not be registered twice under a
 * variant of its name — a person, a team on its platform, a platform.
 */
public final class NameKeys {

    /** created once: building the transliterator costs about half a second */
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    /**
     * Names folded so far: the transliteration is most of a key's cost, and names repeat (an import
     * of 100,000 rows has a few thousand surnames and given names in common use). Emptied when full.
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int KEPT = 50_000;

    private NameKeys() {
    }

    /**
     * Traditional → Simplified, full-width → half-width (NFKC), without any whitespace (also the
     * ideographic space) or middle dot (the separator of transcribed foreign names: 艾力·买买提),
     * lower-cased for Latin names; null for null.
     */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String key = KEYS.get(name);
        if (key == null) {
            String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
            synchronized (TRADITIONAL_TO_SIMPLIFIED) {
                // an ICU transliterator is not documented as safe for concurrent use
                folded = TRADITIONAL_TO_SIMPLIFIED.transliterate(folded);
            }
            key = folded.replaceAll("[\\s\\p{Z}·・•‧.]+", "").toLowerCase(Locale.ROOT);
            if (KEYS.size() >= KEPT) {
                KEYS.clear();
            }
            KEYS.put(name, key);
        }
        return key;
    }
}
