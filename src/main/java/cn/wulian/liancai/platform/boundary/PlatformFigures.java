package cn.wulian.liancai.platform.boundary;

import java.math.BigDecimal;

/**
 * A platform's figures as they are being counted: what it houses, filled in by the features housed
 * there (teams, projects) through {@link PlatformFigureSource}, never typed in.
 */
public final class PlatformFigures {

    long incubating;
    long graduated;
    long exited;
    long inPipeline;
    long peopleEmployed;
    /** people of the teams incubating now: the platform's workstations they take */
    long peopleHoused;
    long ipItems;
    BigDecimal financingRaised = BigDecimal.ZERO;
    long projects;
    long projectsLanded;
    BigDecimal investmentLanded = BigDecimal.ZERO;

    /** teams incubating now and their people, who take the platform's workstations */
    public void addIncubating(long teams, long people) {
        incubating += teams;
        peopleEmployed += people;
        peopleHoused += people;
    }

    /** teams that graduated; their people still count as employed */
    public void addGraduated(long teams, long people) {
        graduated += teams;
        peopleEmployed += people;
    }

    public void addExited(long teams) {
        exited += teams;
    }

    /** teams submitted or approved, not yet moved in */
    public void addInPipeline(long teams) {
        inPipeline += teams;
    }

    public void addIpItems(long items) {
        ipItems += items;
    }

    public void addFinancing(BigDecimal raised) {
        financingRaised = financingRaised.add(raised);
    }

    public void addProjects(long count) {
        projects += count;
    }

    /** projects that have landed (落地 or later) and the investment actually made in them */
    public void addLanded(long count, BigDecimal actualInvestment) {
        projectsLanded += count;
        investmentLanded = investmentLanded.add(actualInvestment);
    }

    /** the share of workstations taken, 0–100; null when the platform has none on record */
    Integer occupancyPercent(Integer workstations) {
        return workstations == null || workstations == 0 ? null : (int) Math.min(100, Math.round(100.0 * peopleHoused / workstations));
    }
}
