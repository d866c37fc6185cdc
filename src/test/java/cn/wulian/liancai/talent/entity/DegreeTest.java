package cn.wulian.liancai.talent.entity;

import static cn.wulian.liancai.talent.entity.Degree.ASSOCIATE;
import static cn.wulian.liancai.talent.entity.Degree.BACHELOR;
import static cn.wulian.liancai.talent.entity.Degree.DOCTORATE;
import static cn.wulian.liancai.talent.entity.Degree.HIGH_SCHOOL;
import static cn.wulian.liancai.talent.entity.Degree.MASTER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DegreeTest {

    @ParameterizedTest(name = "{0} at least {1}: {2}")
    @CsvSource({
            "MASTER, BACHELOR, true", "MASTER, MASTER, true", "MASTER, DOCTORATE, false",
            "DOCTORATE, HIGH_SCHOOL, true", "HIGH_SCHOOL, ASSOCIATE, false", "ASSOCIATE, HIGH_SCHOOL, true",
            "BACHELOR, ASSOCIATE, true", "BACHELOR, MASTER, false", "HIGH_SCHOOL, HIGH_SCHOOL, true"})
    void atLeast(Degree degree, Degree other, boolean expected) {
        assertEquals(expected, degree.atLeast(other));
    }

    @org.junit.jupiter.api.Test
    void ascendingOrder() {
        assertEquals(List.of(HIGH_SCHOOL, ASSOCIATE, BACHELOR, MASTER, DOCTORATE), List.of(Degree.values()));
    }
}
