package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/**
 * A cycle of its own for the reviewer's day, open for reviews until {@link #CLOSES_IN} days from
 * today: three nominees with phone and e-mail on record — {@code first} and {@code second} in
 * 创新创业类, {@code third} in 服务家乡类 — and {@code first} leading a team of {@link #HEADCOUNT} people
 * on 法桐小院 with a project of {@link #PLANNED} yuan planned. Reviewers are assigned by hand.
 */
record ReviewerDayFixtures(long cycle, LocalDate closes, Nominee first, Nominee second, Nominee third, String team, String project) {

    static final int CLOSES_IN = 20;
    static final int HEADCOUNT = 7;
    static final String PLANNED = "36000000";
    static final String WULIAN_TOWNSHIP = "371121001";

    record Nominee(long talent, long nomination, String name, String phone, String email) {
    }

    /** @param committee the reviewers on the cycle's committee */
    static ReviewerDayFixtures open(List<String> committee) {
        int year = BrowserAwardIT.freeYear();
        JsonArrayBuilder members = Json.createArrayBuilder();
        committee.forEach(members::add);
        JsonObject body = Json.createObjectBuilder(AwardsApiIT.cycle(year, Math.min(2, committee.size()), AwardsApiIT.hometownRule()).build())
                .add("name", year + " 年度评审工作台测试").add("committee", members).build();
        Api.Reply r = OFFICE.post("/api/award-cycles", body.toString());
        assertEquals(201, r.status(), r::body);
        long cycle = Fixtures.id(r.json());
        Nominee first = nominee(cycle, "innovation", "评审甲");
        Nominee second = nominee(cycle, "innovation", "评审乙");
        Nominee third = nominee(cycle, "service", "评审丙");
        String team = Fixtures.unique("证据团队");
        long teamId = Fixtures.id(TeamFixtures.createTeam(OFFICE, Json.createObjectBuilder().add("name", team).add("platform", "fatong")
                .add("leaderId", first.talent()).add("field", "新材料").add("headcount", HEADCOUNT).build()));
        String project = Fixtures.unique("证据项目");
        Api.Reply p = OFFICE.post("/api/projects", Json.createObjectBuilder().add("title", project).add("leadTalentId", first.talent())
                .add("teamId", teamId).add("platform", "fatong").add("industry", "新材料").add("plannedInvestment", PLANNED)
                .add("countyLeader", "副县长 测试").add("openedOn", Fixtures.today().minusMonths(6).toString()).build().toString());
        assertEquals(201, p.status(), p::body);
        return new ReviewerDayFixtures(cycle, Fixtures.today().plusDays(CLOSES_IN), first, second, third, team, project);
    }

    private static Nominee nominee(long cycle, String category, String prefix) {
        String name = Fixtures.unique(prefix);
        String phone = "139" + String.format("%08d", Math.floorMod(name.hashCode(), 100_000_000));
        String email = "n" + Math.floorMod(name.hashCode(), 1_000_000) + "@nominee.example";
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(name).add("township", WULIAN_TOWNSHIP).add("phone", phone).add("email", email)));
        Api.Reply r = AwardsApiIT.nominate(OFFICE, cycle, category, talent);
        assertEquals(201, r.status(), r::body);
        return new Nominee(talent, Fixtures.id(r.json()), name, phone, email);
    }

    /** assigns the reviewer by hand and answers their assignment's id, as the reviewer reads it */
    static long assign(String reviewer, Api as, Nominee n) {
        AwardsApiIT.manual(n.nomination(), reviewer);
        return AwardsApiIT.assignment(as, n.nomination());
    }
}
