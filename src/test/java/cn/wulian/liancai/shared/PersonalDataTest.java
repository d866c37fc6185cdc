package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            13912345678       | 139****5678
            ' 13912345678 '   | 139****5678
            +86 139 1234 5678 | +86****5678
            053312345678      | 053****5678
            1234              | ****
            12                | ****
            1                 | ****
            12345             | ****5
            """)
    void phoneKeepsTheFirstThreeAndLastFour(String phone, String masked) {
        assertEquals(masked, PersonalData.maskPhone(phone));
    }

    /**
     * A 7-digit county landline (allowed by the phone format) comes out as "521****2345": all seven
     * digits still visible; an 8-digit one hides a single digit. Fails today; see the report. Enable
     * once the mask hides enough digits.
     */
    @ParameterizedTest
    @ValueSource(strings = {"53312345", "5212345", "521234", "52123"})
    void shortNumbersStillHideDigits(String phone) {
        String visible = PersonalData.maskPhone(phone).replace("*", "");
        assertTrue(visible.length() <= phone.length() - 3, () -> phone + " -> " + PersonalData.maskPhone(phone));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            zhanglei@qq.com        | z***@qq.com
            a@b.cn                 | a***@b.cn
            li.na+liancai@163.com  | l***@163.com
            @qq.com                | ***
            not-an-address         | ***
            """)
    void emailKeepsTheFirstLetterAndTheDomain(String email, String masked) {
        assertEquals(masked, PersonalData.maskEmail(email));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            wx_zhanglei88 | wx***
            13912345678   | 13***
            ab            | ab***
            a             | a***
            """)
    void handleKeepsTwoCharacters(String handle, String masked) {
        assertEquals(masked, PersonalData.maskHandle(handle));
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "''", "'  '"}, nullValues = "NULL")
    void nothingToMaskStaysAsItIs(String value) {
        assertEquals(value, PersonalData.maskPhone(value));
        assertEquals(value, PersonalData.maskEmail(value));
        assertEquals(value, PersonalData.maskHandle(value));
    }
}
