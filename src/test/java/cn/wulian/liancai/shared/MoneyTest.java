package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.i18n.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The money convention at its edges: 万元 below 1 亿, 亿元 with two decimals from it, paid money exact in 元. */
class MoneyTest {

    @ParameterizedTest(name = "{0} 元")
    @CsvSource(delimiter = '|', value = {
            "0              | 0 万元         | 0 × 10k yuan          | 0.00 元",
            "0.01           | 0 万元         | 0 × 10k yuan          | 0.01 元",
            "0.5            | 0 万元         | 0 × 10k yuan          | 0.50 元",
            "50             | 0.01 万元      | 0.01 × 10k yuan       | 50.00 元",
            "875000         | 87.5 万元      | 87.5 × 10k yuan       | 875,000.00 元",
            "12000.5        | 1.2 万元       | 1.2 × 10k yuan        | 12,000.50 元",
            "99999900       | 9,999.99 万元  | 9,999.99 × 10k yuan   | 99,999,900.00 元",
            "99999949.99    | 9,999.99 万元  | 9,999.99 × 10k yuan   | 99,999,949.99 元",
            // would read 10,000 万元 once rounded: a reader sees the larger unit
            "99999950       | 1.00 亿元      | 1.00 × 100M yuan      | 99,999,950.00 元",
            "100000000      | 1.00 亿元      | 1.00 × 100M yuan      | 100,000,000.00 元",
            "125000000      | 1.25 亿元      | 1.25 × 100M yuan      | 125,000,000.00 元",
            "1234567890123  | 12,345.68 亿元 | 12,345.68 × 100M yuan | 1,234,567,890,123.00 元",
            "-20            | 0 万元         | 0 × 10k yuan          | -20.00 元",
            "-875000        | -87.5 万元     | -87.5 × 10k yuan      | -875,000.00 元",
            "-150000000     | -1.50 亿元     | -1.50 × 100M yuan     | -150,000,000.00 元"})
    void asReadAndAsPaid(String yuan, String chinese, String english, String paid) {
        assertEquals(chinese, Money.amount(new BigDecimal(yuan), Messages.CHINESE));
        assertEquals(english, Money.amount(new BigDecimal(yuan), Locale.ENGLISH));
        assertEquals(paid, Money.paid(new BigDecimal(yuan), Messages.CHINESE));
        assertEquals(chinese, Money.figure(new BigDecimal(yuan), Messages.CHINESE) + " " + Money.unit(new BigDecimal(yuan), Messages.CHINESE),
                "a headline's figure and unit, set apart, read the same");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"99999949.99 | WAN | 万元", "99999950 | YI | 亿元", "-100000000 | YI | 亿元"})
    void theScaleAndItsUnitForAHeaderOrAnAxis(String yuan, Money.Scale scale, String unit) {
        assertEquals(scale, Money.scaleOf(new BigDecimal(yuan)));
        assertEquals(unit, scale.unit(Messages.CHINESE));
    }

    @Test
    void noAmountIsADash() {
        assertEquals("—", Money.amount(null, Messages.CHINESE));
        assertEquals("—", Money.paid(null, Messages.CHINESE));
    }
}
