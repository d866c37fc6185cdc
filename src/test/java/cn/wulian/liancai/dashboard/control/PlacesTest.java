package cn.wulian.liancai.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Places counted however they were written, ranked, and grouped one level up. */
class PlacesTest {

    static Map<String, Long> typed(Object... cityAndCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < cityAndCount.length; i += 2) {
            m.put((String) cityAndCount[i], ((Number) cityAndCount[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void traditionalAndSimplifiedSpellingsAreOnePlaceAndKeepEverySpelling() {
        assertEquals("青岛", Places.fold(" 青島 "));
        assertEquals("济南", Places.fold("濟南"));
        assertEquals("", Places.fold(null));
        List<Places.Place> ranked = Places.rank(typed("青岛", 36, "青島", 7, "北京", 29, "濟南", 1, "济南", 25, "", 3));
        assertEquals(List.of("青岛", "北京", "济南", ""), ranked.stream().map(Places.Place::key).toList(), "most first, not recorded last");
        assertEquals(List.of(43L, 29L, 26L, 3L), ranked.stream().map(Places.Place::count).toList());
        assertEquals(Set.of("青岛", "青島"), ranked.get(0).spellings());
        assertEquals(Set.of(), ranked.get(3).spellings(), "not recorded has nothing to ask for");
    }

    @Test
    void citiesGroupIntoProvincesAndAnUnknownCityIntoOtherPlaces() {
        List<Places.Place> cities = Places.rank(typed("青岛", 36, "青島", 7, "济南", 25, "北京", 29, "乌鲁木齐", 2, "", 3));
        List<Places.Place> provinces = Places.group(cities, Map.of("青岛", "山东", "济南", "山东", "北京", "北京"), "其他地区");
        assertEquals(List.of("山东", "北京", "其他地区", ""), provinces.stream().map(Places.Place::key).toList());
        assertEquals(List.of(68L, 29L, 2L, 3L), provinces.stream().map(Places.Place::count).toList());
        assertEquals(Set.of("青岛", "青島", "济南"), provinces.get(0).spellings());
    }

    @Test
    void everyCityOfTheDemoHasAProvince() {
        Map<String, String> provinces = Provinces.of(false);
        for (String city : List.of("五莲", "青岛", "北京", "济南", "日照", "深圳", "杭州", "上海", "昆山", "天津", "苏州", "潍坊", "南京",
                "新加坡", "合肥", "东京", "西安", "波士顿", "武汉", "慕尼黑", "广州", "悉尼", "多伦多")) {
            assertEquals(true, provinces.containsKey(city), city);
        }
        assertEquals("山东", provinces.get("青岛"));
        assertEquals("Abroad", Provinces.of(true).get("东京"));
    }
}
