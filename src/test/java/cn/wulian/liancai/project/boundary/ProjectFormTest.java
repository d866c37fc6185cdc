package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.talent.boundary.TalentForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The project form turned into the same input the REST API takes. */
class ProjectFormTest {

    static ProjectForm filled() {
        ProjectForm f = new ProjectForm(LocalDate.of(2026, 11, 27));
        f.setTitle("石材项目");
        f.setLeadTalent("孙晓莲 (#12)");
        f.setPlatform("fatong");
        f.setPlannedInvestment(new BigDecimal("12000000.50"));
        f.setCountyLeader("王建国");
        return f;
    }

    @Test
    void aPickedTalentIsSentByItsIdAndAmountsExactly() {
        ProjectInput in = filled().toInput();
        assertEquals(12L, in.leadTalentId());
        assertEquals("fatong", in.platform());
        assertEquals(new BigDecimal("12000000.50"), in.plannedInvestment());
        assertEquals(LocalDate.of(2026, 11, 27), in.openedOn(), "talks begin today unless changed");
    }

    @Test
    void aNameTypedWithoutPickingIsSentAsNoSuchTalentNotDropped() {
        ProjectForm f = filled();
        f.setLeadTalent("孙晓莲");
        assertEquals(TalentForm.UNPICKED, f.toInput().leadTalentId());
        f.setLeadTalent("  ");
        assertNull(f.toInput().leadTalentId());
    }

    @Test
    void aTeamsProjectSendsNoPlatform() {
        ProjectForm f = filled();
        f.setTeamId(5L);
        assertNull(f.toInput().platform(), "a team's project is housed where the team is");
    }

    @Test
    void onlyTheChosenKindOfRecommenderIsSent() {
        ProjectForm f = filled();
        f.setRecommenderTalent("王引荐 (#30)");
        f.setRecommenderUsername("office2");
        f.setRecommenderName("张老师");
        f.setRecommenderKind("OUTSIDER");
        ProjectInput in = f.toInput();
        assertEquals("OUTSIDER", in.recommenderKind());
        assertNull(in.recommenderTalentId());
        assertNull(in.recommenderUsername());
        assertEquals("张老师", in.recommenderName());
        f.setRecommenderKind("TALENT");
        assertEquals(30L, f.toInput().recommenderTalentId());
        assertNull(f.toInput().recommenderName());
        f.setRecommenderKind("");
        assertNull(f.toInput().recommenderKind(), "none chosen");
    }

    @Test
    void editingStartsFromTheProjectAsSaved() {
        ProjectJson saved = FlagReasonsTest.project(false, false, false, 0, null);
        ProjectForm f = ProjectForm.of(saved);
        assertEquals("孙晓莲 (#7)", f.getLeadTalent());
        assertEquals("fatong", f.getPlatform());
        assertEquals(1L, f.getVersion());
        assertEquals(7L, f.toInput().leadTalentId());
    }
}
