package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalConverterTest {

    @Test
    void readsFiguresAsPeopleTypeThem() {
        assertEquals(new BigDecimal("300000"), DecimalConverter.parse("300,000"));
        assertEquals(new BigDecimal("30000"), DecimalConverter.parse("３００００"));
        assertEquals(new BigDecimal("30000"), DecimalConverter.parse("30，000"));
        assertEquals(new BigDecimal("1234567.5"), DecimalConverter.parse(" 1 234 567.5 "));
        assertEquals(new BigDecimal("12.5"), DecimalConverter.parse("１２．５"));
        assertEquals(new BigDecimal("-100"), DecimalConverter.parse("-100"), "a sign is read, for the field's own range to refuse");
        assertEquals(new BigDecimal("0.5"), DecimalConverter.parse(".5"));
        assertNull(DecimalConverter.parse("  "));
        assertNull(DecimalConverter.parse(null));
    }

    @Test
    void onlyPlainDecimalNotationIsANumber() {
        for (String typed : new String[] {"1e3", "1E+5", "0x10", "12,34", "1,2345", "abc", "12.5.1", "--1", "NaN", "Infinity",
                "1".repeat(41)}) {
            assertThrows(NumberFormatException.class, () -> DecimalConverter.parse(typed), typed);
        }
    }
}
