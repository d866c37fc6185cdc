package cn.wulian.liancai.support.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The amounts a payment's field is filled with: as a clerk types money. */
class ApplicationDetailsViewTest {

    @ParameterizedTest
    @CsvSource({"200000.00, 200000", "2E+5, 200000", "450000.5, 450000.50", "450000.50, 450000.50", "0.01, 0.01"})
    void anAmountIsFilledInAsMoneyIsTyped(String stored, String shown) {
        assertEquals(shown, ApplicationDetailsView.plain(new BigDecimal(stored)).toPlainString());
        assertNull(ApplicationDetailsView.plain(null));
    }
}
