package cn.wulian.liancai.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringListConverterTest {

    final StringListConverter converter = new StringListConverter();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            新材料;石材加工;智能制造           | 新材料/石材加工/智能制造
            新材料；石材加工；智能制造         | 新材料/石材加工/智能制造
            新材料，石材加工、智能制造,机器人  | 新材料/石材加工/智能制造/机器人
            ' 人工智能 ; machine learning '    | 人工智能/machine learning
            海洋;生物;海洋;;生物               | 海洋/生物
            ';; ,，、 ;'                       | ''
            '   '                              | ''
            ''                                 | ''
            NULL                               | ''
            AI                                 | AI
            """)
    void splitsOnChineseAndAsciiSeparatorsDropsBlanksAndDuplicates(String joined, String expected) {
        List<String> tags = expected.isEmpty() ? List.of() : Arrays.asList(expected.split("/"));
        assertEquals(tags, StringListConverter.split(joined));
    }

    @Test
    void storesTagsJoinedBySemicolons() {
        assertEquals("新材料;石材加工;智能制造", converter.convertToDatabaseColumn(List.of("新材料", "石材加工", "智能制造")));
        assertEquals("AI", converter.convertToDatabaseColumn(List.of("AI")));
        assertNull(converter.convertToDatabaseColumn(List.of()));
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void readsAColumnBack() {
        List<String> tags = List.of("新材料", "石材加工", "智能制造");
        assertEquals(tags, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(tags)));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
    }
}
