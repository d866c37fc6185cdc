package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.i18n.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The money convention at its edges: 万元 below 1 亿, 亿元 with two decimals from it, paid money exact in
 * 元; in English whole yuan below a million, millions, billions.
 */
class MoneyTest {

    @ParameterizedTest(name = "{0} 元")
    @CsvSource(delimiter = '|', value = {
            "0              | 0 万元         | 0 yuan                   | 0.00 元",
            "0.01           | 0 万元         | 0.01 yuan                | 0.01 元",
            "0.5            | 0 万元         | 0.50 yuan                | 0.50 元",
            "50             | 0.01 万元      | 50 yuan                  | 50.00 元",
            "875000         | 87.5 万元      | 875,000 yuan             | 875,000.00 元",
            // yuan with fen, as approved: "12,001 yuan" read more than was granted
            "12000.5        | 1.2 万元       | 12,000.50 yuan           | 12,000.50 元",
            "999999.49      | 100 万元       | 999,999.49 yuan          | 999,999.49 元",
            "999999.5       | 100 万元       | 999,999.50 yuan          | 999,999.50 元",
            "1000000        | 100 万元       | 1 million yuan           | 1,000,000.00 元",
            "12500000       | 1,250 万元     | 12.5 million yuan        | 12,500,000.00 元",
            "99999900       | 9,999.99 万元  | 100 million yuan         | 99,999,900.00 元",
            "99999949.99    | 9,999.99 万元  | 100 million yuan         | 99,999,949.99 元",
            // would read 10,000 万元 once rounded: a reader sees the larger unit
            "99999950       | 1.00 亿元      | 100 million yuan         | 99,999,950.00 元",
            "100000000      | 1.00 亿元      | 100 million yuan         | 100,000,000.00 元",
            "125000000      | 1.25 亿元      | 125 million yuan         | 125,000,000.00 元",
            "999994999.99   | 10.00 亿元     | 999.99 million yuan      | 999,994,999.99 元",
            "999995000      | 10.00 亿元     | 1.00 billion yuan        | 999,995,000.00 元",
            "1234567890123  | 12,345.68 亿元 | 1,234.57 billion yuan    | 1,234,567,890,123.00 元",
            "-20            | 0 万元         | -20 yuan                 | -20.00 元",
            "-875000        | -87.5 万元     | -875,000 yuan            | -875,000.00 元",
            "-150000000     | -1.50 亿元     | -150 million yuan        | -150,000,000.00 元"})
    void asReadAndAsPaid(String yuan, String chinese, String english, String paid) {
        assertEquals(chinese, Money.amount(new BigDecimal(yuan), Messages.CHINESE));
        assertEquals(english, Money.amount(new BigDecimal(yuan), Locale.ENGLISH));
        assertEquals(paid, Money.paid(new BigDecimal(yuan), Messages.CHINESE));
        assertEquals(chinese, Money.figure(new BigDecimal(yuan), Messages.CHINESE) + " " + Money.unit(new BigDecimal(yuan), Messages.CHINESE),
                "a headline's figure and unit, set apart, read the same");
        assertEquals(english, Money.figure(new BigDecimal(yuan), Locale.ENGLISH) + " " + Money.unit(new BigDecimal(yuan), Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"99999949.99 | zh | WAN | 万元", "99999950 | zh | YI | 亿元", "-100000000 | zh | YI | 亿元",
            "999999.49 | en | YUAN | yuan", "1000000 | en | MILLION | million yuan", "-999995000 | en | BILLION | billion yuan"})
    void theScaleAndItsUnitForAHeaderOrAnAxis(String yuan, String language, Money.Scale scale, String unit) {
        Locale locale = Locale.forLanguageTag(language);
        assertEquals(scale, Money.scaleOf(new BigDecimal(yuan), locale));
        assertEquals(unit, scale.unit(locale));
    }

    @Test
    void paidMoneyInEnglishIsExactToo() {
        assertEquals("12,000.50 yuan", Money.paid(new BigDecimal("12000.5"), Locale.ENGLISH));
    }

    @Test
    void noAmountIsADash() {
        assertEquals("—", Money.amount(null, Messages.CHINESE));
        assertEquals("—", Money.paid(null, Messages.CHINESE));
    }
}
