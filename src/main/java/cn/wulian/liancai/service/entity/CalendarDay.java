package cn.wulian.liancai.service.entity;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date that is not what its weekday says: a public holiday on a weekday, or a weekend day worked
 * in exchange (调休). The office enters each year's dates as the State Council publishes them.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.ALL, query = "select d from CalendarDay d order by d.date")
@NamedQuery(name = CalendarDay.ON, query = "select d from CalendarDay d where d.date = :date")
public class CalendarDay {

    public static final String ALL = "CalendarDay.all";
    public static final String ON = "CalendarDay.on";

    static final int NAME_LIMIT = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "calendar_date")
    private LocalDate date;
    private boolean working;
    private String name;

    protected CalendarDay() {
    }

    /**
     * A holiday on a weekday or a worked weekend day; a holiday on a weekend or a worked weekday
     * would change nothing, so it is refused rather than kept as noise.
     */
    public CalendarDay(LocalDate date, boolean working, String name) {
        if (date == null) {
            throw DomainViolation.of("date", "validation.required");
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (working != weekend) {
            throw DomainViolation.of("working", working ? "validation.calendar.workdayOnWeekday" : "validation.calendar.holidayOnWeekend");
        }
        String n = name == null || name.isBlank() ? null : name.strip();
        if (n != null && n.length() > NAME_LIMIT) {
            throw DomainViolation.of("name", "validation.size80");
        }
        this.date = date;
        this.working = working;
        this.name = n;
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public boolean isWorking() { return working; }
    public String getName() { return name; }
}
