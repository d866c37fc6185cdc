package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.RelationKind;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;

/** The options of the talent pages' drop-downs and pickers. */
@Named
@RequestScoped
public class TalentChoices {

    @Inject
    Talents talents;

    @Inject
    Clock clock;

    private List<Township> townships;
    private List<Account> liaisons;

    public List<Township> getTownships() {
        if (townships == null) {
            townships = talents.townships();
        }
        return townships;
    }

    public List<Account> getLiaisons() {
        if (liaisons == null) {
            liaisons = talents.liaisons();
        }
        return liaisons;
    }

    /** a township's name in the page's language, from its name as the API gives it */
    public String townshipLabel(String name, boolean english) {
        if (!english || name == null) {
            return name;
        }
        return getTownships().stream().filter(t -> t.getName().equals(name)).findFirst().map(t -> t.label(true)).orElse(name);
    }

    /* the year pickers' bounds: the spans the talent's own check accepts */
    public int getFirstBirthYear() { return Talent.FIRST_BIRTH_YEAR; }
    public int getLastBirthYear() { return Year.now(clock).getValue(); }
    public int getFirstGraduationYear() { return Talent.FIRST_GRADUATION_YEAR; }
    public int getLastGraduationYear() { return Talent.lastGraduationYear(Year.now(clock).getValue()); }

    public List<Stage> getStages() { return List.of(Stage.values()); }
    public List<Degree> getDegrees() { return List.of(Degree.values()); }
    public List<Gender> getGenders() { return List.of(Gender.values()); }
    public List<InteractionKind> getInteractionKinds() { return List.of(InteractionKind.values()); }
    public List<RelationKind> getRelationKinds() { return List.of(RelationKind.values()); }

    /** talents whose name contains the typed text, as picker labels "name (#id)" */
    public List<String> completeTalent(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return talents.list(new PageRequest(0, 12, "name", true, Map.of("name", typed.strip())))
                .rows().stream().map(t -> TalentForm.talentLabel(t.name(), t.id())).toList();
    }
}
