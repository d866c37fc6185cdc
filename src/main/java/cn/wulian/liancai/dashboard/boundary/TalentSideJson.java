package cn.wulian.liancai.dashboard.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The talent side of the office's overview: the registry by stage and by degree, the contacts logged
 * month by month, the talents who came home in each of the last ten years, and where the talents are now (province, city) and come from (township, village).
 * A place's {@code link} is the talent list's query that shows exactly the talents it counts.
 */
public record TalentSideJson(LocalDate asOf, long talents, List<Count> byStage, List<Count> byDegree, List<Month> contactsPerMonth,
                             List<Count> returneesPerYear,
                             List<Place> byProvince, List<Place> byCity, List<Place> byTownship, List<Place> byVillage)
        implements Serializable {

    /** a stage or a degree ({@code key} the enum's name, "" for not recorded), or a year of returns ({@code key} the year) */
    public record Count(String key, String label, long count, String link) implements Serializable {
    }

    /** a month ({@code 2026-05}) and the contacts logged in it */
    public record Month(String month, long contacts) implements Serializable {
    }

    /** a place, its talents, and the list's query for them (null for places not recorded) */
    public record Place(String key, String label, long count, String link) implements Serializable {
    }
}
