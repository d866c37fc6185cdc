package cn.wulian.liancai.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Chinese and the English bundle name the same keys, so no page or message in either language
 * falls back to the other. (Read as files: a ResourceBundle would also show its parent's keys.)
 */
class MessageBundlesTest {

    static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(read(file).stringPropertyNames());
    }

    static Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(MessageBundlesTest.class.getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /**
     * A message with arguments is a MessageFormat pattern, where a lone apostrophe quotes the rest: "this year's budget
     * ({0} left)" read "this years budget ({0} left)" with the braces as written. It is written twice ('').
     */
    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() throws IOException {
        for (String file : java.util.List.of("messages.properties", "messages_en.properties")) {
            Properties p = read(file);
            Set<String> lone = new TreeSet<>();
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    lone.add(key);
                }
            }
            assertEquals(Set.of(), lone, file);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> chinese = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        assertTrue(chinese.size() > 100, "the bundles were read");
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys missing from messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages.properties");
    }
}
