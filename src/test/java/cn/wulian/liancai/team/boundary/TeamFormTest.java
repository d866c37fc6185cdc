package cn.wulian.liancai.team.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.talent.boundary.TalentForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team form's pickers: a name typed and not chosen from the list is asked about, not saved as someone else. */
class TeamFormTest {

    @Test
    void aNameTypedIntoAPickerWithoutChoosingIsSentForTheFacadeToAskAbout() {
        TeamForm form = new TeamForm();
        form.setName("莲花团队");
        form.setLeader("厉志远");
        TeamForm.MemberRow typed = new TeamForm.MemberRow();
        typed.setTalent("孙维明");
        TeamForm.MemberRow picked = new TeamForm.MemberRow();
        picked.setTalent("孙维明 (#37)");
        picked.setRole("研发");
        TeamForm.MemberRow outside = new TeamForm.MemberRow();
        outside.setName("外聘顾问甲");
        outside.setOutsideRole("山东大学教授");
        form.getMembers().clear();
        form.getMembers().addAll(List.of(typed, picked, outside, new TeamForm.MemberRow()));

        TeamInput input = form.toInput();
        assertEquals(TalentForm.UNPICKED, input.leaderId(), "the leader was dropped (saved as none) before");
        assertEquals(List.of(
                new TeamInput.Member(TalentForm.UNPICKED, null, null, null),  // was kept as an outside person of that name
                new TeamInput.Member(37L, null, null, "研发"),
                new TeamInput.Member(null, "外聘顾问甲", "山东大学教授", null)), input.members(), "the empty row is left out");
    }

    @Test
    void anEmptyPickerSendsNoOne() {
        TeamForm form = new TeamForm();
        form.setName("莲花团队");
        assertNull(form.toInput().leaderId());
    }
}
