package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicPageTest {

    @Test
    void onlyThePublicPagesAndTheirApiAnswerWithoutALogIn() {
        assertTrue(PublicPage.isPublic("/public/notices.xhtml"));
        assertTrue(PublicPage.isPublic("/api/public/notices/3"));
        assertTrue(PublicPage.isPublic("/api/public/policies"));
        for (String other : new String[] {"/api/talents", "/talents/list.xhtml", "/publicity.xhtml", "/api/publics",
                "/api/public/../talents", "/public/../talents/list.xhtml", "/api/public/..;/talents", "/api/public//../talents",
                "/api/public/%2e%2e/talents", "/api/public;x=1/../talents"}) {
            assertFalse(PublicPage.isPublic(other), other);
        }
    }
}
