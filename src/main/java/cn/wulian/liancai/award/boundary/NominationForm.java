package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.entity.Achievement;
import cn.wulian.liancai.talent.boundary.TalentForm;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The nomination form: the talent as picked ("name (#id)"), the category, the statement and the
 * achievements, one row each. {@link #toInput} makes the {@link NominationInput} the REST API
 * receives; rows left wholly empty are dropped, a row with anything in it is sent for the facade to
 * judge (a title is required).
 */
public class NominationForm implements Serializable {

    private static final long serialVersionUID = 1L;


    /** one achievement as typed */
    public static class AchievementRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer year;
        private String title;
        private String detail;
        private String link;

        boolean empty() {
            return year == null && blank(title) && blank(detail) && blank(link);
        }

        Achievement achievement() {
            return new Achievement(year, title, detail, link);
        }

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDetail() { return detail; }
        public void setDetail(String detail) { this.detail = detail; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
    }

    private String talent;
    private String category;
    private String statement;
    private final List<AchievementRow> achievements = new ArrayList<>();

    public NominationForm() {
        achievements.add(new AchievementRow());
    }

    NominationInput toInput(long cycleId) {
        return new NominationInput(cycleId, category, TalentForm.picked(talent), statement,
                achievements.stream().filter(r -> !r.empty()).map(AchievementRow::achievement).toList());
    }

    public void addAchievement() {
        achievements.add(new AchievementRow());
    }

    public void removeAchievement(int index) {
        if (index >= 0 && index < achievements.size()) {
            achievements.remove(index);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getTalent() { return talent; }
    public void setTalent(String talent) { this.talent = talent; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public List<AchievementRow> getAchievements() { return achievements; }
}
