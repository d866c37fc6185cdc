package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.ApplicationFixtures.cashPolicy;
import static cn.wulian.liancai.it.ApplicationFixtures.disburse;
import static cn.wulian.liancai.it.ApplicationFixtures.step;
import static cn.wulian.liancai.it.ApplicationFixtures.stepOk;
import static cn.wulian.liancai.it.ApplicationFixtures.submit;
import static cn.wulian.liancai.it.ApplicationFixtures.submitted;
import static cn.wulian.liancai.it.ApplicationFixtures.team;
import static cn.wulian.liancai.it.ApplicationFixtures.voucher;
import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.PoliciesApiIT.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with applications: each caller (office, admin, two platform managers, a reviewer,
 * nobody) against each application endpoint, on an application of their own platform, of another
 * platform and on an id that does not exist. A refused request changes nothing, and a manager's
 * refusal of another platform's id looks exactly like that of a missing id.
 */
@ExtendWith(RunningApp.class)
class ApplicationsAuthorizationIT {

    static final long NO_SUCH_APPLICATION = 987_654_321L;
    static String policy;

    @BeforeAll
    static void aPolicyForEveryCase() {
        policy = ApplicationFixtures.policy(cashPolicy("100", "100000000", null, null, 1));
    }

    /** who besides office staff may use an endpoint */
    enum Access { MANAGER_TOO, OFFICE_ONLY }

    enum Endpoint {
        READ(Access.MANAGER_TOO, 200, (api, a) -> api.get(path(a, ""))),
        TRANSITIONS(Access.MANAGER_TOO, 200, (api, a) -> api.get(path(a, "/transitions"))),
        DISBURSEMENTS(Access.MANAGER_TOO, 200, (api, a) -> api.get(path(a, "/disbursements"))),
        WITHDRAW(Access.MANAGER_TOO, 200, (api, a) -> step(api, id(a), "WITHDRAWN", null, "重复提交", version(a))),
        APPROVE(Access.OFFICE_ONLY, 200, (api, a) -> step(api, id(a), "APPROVED", "50", null, version(a))),
        REJECT(Access.OFFICE_ONLY, 200, (api, a) -> step(api, id(a), "REJECTED", null, "材料不全", version(a))),
        CLOSE(Access.OFFICE_ONLY, 200, (api, a) -> step(api, id(a), "CLOSED", null, null, version(a))),
        DISBURSE(Access.OFFICE_ONLY, 201, (api, a) -> disburse(api, id(a), null, "10", voucher()));

        final Access access;
        final int success;
        final BiFunction<Api, JsonObject, Api.Reply> call;

        Endpoint(Access access, int success, BiFunction<Api, JsonObject, Api.Reply> call) {
            this.access = access;
            this.success = success;
            this.call = call;
        }

        private static String path(JsonObject a, String suffix) {
            return "/api/applications/" + id(a) + suffix;
        }

        private static long version(JsonObject a) {
            return a.getJsonNumber("version").longValue();
        }

        /** an application ready for this endpoint: approved where it closes or pays */
        JsonObject prepare(String platform) {
            JsonObject a = submitted(OFFICE, policy, team(platform), null);
            return this == CLOSE || this == DISBURSE ? stepOk(id(a), "APPROVED", "100", null) : a;
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(Caller.values()).flatMap(c -> Stream.of(Endpoint.values()).map(e -> Arguments.of(c, e)));
    }

    /** what office sees of an application, its steps and payments */
    static String snapshot(long id) {
        return OFFICE.get("/api/applications/" + id).body();
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("matrix")
    void onEachApplication(Caller caller, Endpoint endpoint) {
        JsonObject own = endpoint.prepare(caller.ownPlatform());
        JsonObject other = endpoint.prepare(caller.otherPlatform());
        JsonObject none = Json.createObjectBuilder(other).add("id", NO_SUCH_APPLICATION).build();
        String ownBefore = snapshot(id(own));
        String otherBefore = snapshot(id(other));
        String what = endpoint + " as " + caller;

        Api.Reply mine = endpoint.call.apply(caller.api(), own);
        Api.Reply theirs = endpoint.call.apply(caller.api(), other);
        Api.Reply missing = endpoint.call.apply(caller.api(), none);

        ScopeMatrix.check(caller, endpoint.access == Access.OFFICE_ONLY, endpoint.success, what, mine, theirs, missing,
                ownBefore, () -> snapshot(id(own)), otherBefore, () -> snapshot(id(other)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void listing(Caller caller) {
        JsonObject other = submitted(OFFICE, policy, team(caller.otherPlatform()), null);
        Api.Reply r = caller.api().get("/api/applications?limit=200&policy=" + policy + "&platform=" + caller.otherPlatform());
        if (caller.refusal() != 0) {
            assertStatus(caller.refusal(), r, "list as " + caller);
            return;
        }
        assertStatus(200, r, "list as " + caller);
        List<JsonObject> rows = r.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        if (caller.manager()) {
            assertEquals(List.of(), rows, "none of another platform's, nor their own under its name");
        } else {
            assertTrue(rows.stream().anyMatch(a -> id(a) == id(other)), r::body);
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void applying(Caller caller) {
        long ownTeam = team(caller.ownPlatform());
        long otherTeam = team(caller.otherPlatform());
        Api.Reply forOwn = submit(caller.api(), policy, "TEAM", ownTeam, null);
        Api.Reply forOther = submit(caller.api(), policy, "TEAM", otherTeam, null);
        Api.Reply forTalent = submit(caller.api(), "apartment", "TALENT", 1, null);
        if (caller.refusal() != 0) {
            assertStatus(caller.refusal(), forOwn, "apply as " + caller);
            assertStatus(caller.refusal(), forOther, "apply as " + caller);
            assertStatus(caller.refusal(), forTalent, "apply as " + caller);
        } else if (caller.manager()) {
            assertStatus(201, forOwn, "apply for an own team as " + caller);
            assertStatus(403, forOther, "apply for another platform's team as " + caller);
            assertStatus(403, forTalent, "talent policies are the office's to apply for");
        } else {
            assertStatus(201, forOwn, "apply as " + caller);
            assertStatus(201, forOther, "apply as " + caller);
            assertTrue(forTalent.status() == 201 || forTalent.status() == 400, forTalent::body); // the talent may not qualify
        }
        assertEquals(caller.refusal() != 0 || caller.manager() ? 0 : 1, ApplicationsApiIT.listTotal("subject=TEAM:" + otherTeam));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theReportIsTheOffices(Caller caller) {
        Api.Reply r = caller.api().get("/api/applications/report");
        int expected = caller.refusal() != 0 ? caller.refusal() : caller.manager() ? 403 : 200;
        assertStatus(expected, r, "report as " + caller);
    }
}
