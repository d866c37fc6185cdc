package cn.wulian.liancai.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of tags in one column, separated by {@code ;}. Tags are few and only ever
 * read with their owner, so a join table would buy nothing; the search index does the tag look-up.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    public static final String SEPARATOR = ";";

    @Override
    public String convertToDatabaseColumn(List<String> tags) {
        return tags == null || tags.isEmpty() ? null : String.join(SEPARATOR, tags);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return split(column);
    }

    /** tags as stored: each entry split at separators, trimmed, blanks and repeats dropped, order kept */
    public static List<String> normalize(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().filter(java.util.Objects::nonNull).flatMap(r -> split(r).stream()).distinct().toList();
    }

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("[;；,，、]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
