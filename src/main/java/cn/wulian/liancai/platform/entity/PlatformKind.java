package cn.wulian.liancai.platform.entity;

import java.util.Arrays;

/**
 * The kinds of platform the programme runs, as platforms.csv names them: 法桐小院 is a 众创空间,
 * 市北双创孵化中心 a 孵化器, 中科院知识产权小镇 a 小镇, 昆山智谷 an 产业园. The database keeps the
 * programme's own word ({@link #term()}), as it always has, so rows stored before the kinds were a
 * fixed list read unchanged; the API and the pages use the code name.
 */
public enum PlatformKind {
    MAKERSPACE("众创空间"), INCUBATOR("孵化器"), TOWN("小镇"), PARK("产业园");

    private final String term;

    PlatformKind(String term) {
        this.term = term;
    }

    /** the word stored in the database and written in platforms.csv */
    public String term() {
        return term;
    }

    /** the kind a stored word or a code name means; null for none, blank or a word that is not a kind */
    public static PlatformKind of(String termOrName) {
        if (termOrName == null || termOrName.isBlank()) {
            return null;
        }
        String s = termOrName.strip();
        return Arrays.stream(values()).filter(k -> k.term.equals(s) || k.name().equalsIgnoreCase(s)).findFirst().orElse(null);
    }
}
