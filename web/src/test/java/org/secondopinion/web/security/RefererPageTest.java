package org.secondopinion.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page a form was posted from, to return to after signing in again: a path of this application only. */
class RefererPageTest {

    @Test
    void takesThePathAndQueryOfTheRefererNeverItsHost() {
        assertThat(SecondOpinionAuthentication.pageOfReferer(request("", "https://forged.example/referral/case.xhtml?id=5")))
                .contains("/referral/case.xhtml?id=5");
        assertThat(SecondOpinionAuthentication.pageOfReferer(request("/app", "http://localhost/app/admin/users.xhtml")))
                .contains("/admin/users.xhtml");
    }

    @Test
    void ignoresARefererOutsideTheApplication() {
        assertThat(SecondOpinionAuthentication.pageOfReferer(request("/app", "https://evil.example/phish"))).isEmpty();
        assertThat(SecondOpinionAuthentication.pageOfReferer(request("", "not a uri"))).isEmpty();
        assertThat(SecondOpinionAuthentication.pageOfReferer(request("", null))).isEmpty();
    }

    private static HttpServletRequest request(String contextPath, String referer) {
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("getContextPath", contextPath);
        return (HttpServletRequest) Proxy.newProxyInstance(RefererPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return "Referer".equals(args[0]) ? referer : null;
                    }
                    return answers.get(method.getName());
                });
    }
}
