package org.secondopinion.web.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "4f1c2b9e-3d7a-4c1e-9f00-0123456789ab", "trace.0001_EHR-7",
            "0123456789012345678901234567890123456789012345678901234567890123"})
    void keepsTheCallersSaneId(String offered) {
        assertThat(RequestId.chosen(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"01234567890123456789012345678901234567890123456789012345678901234", "two words",
            "abc\r\nX-Injected: yes", "id\nrequest=forged", "quote\"d", "semi;colon", "ümlaut", "tab\tbed",
            "slash/path", "<script>"})
    void replacesAnyOtherIdWithANewOneThatEchoesNothingOfIt(String offered) {
        String chosen = RequestId.chosen(offered);
        assertThat(chosen).isNotEqualTo(offered).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(RequestId.isSane(chosen)).isTrue();
    }

    @Test
    void makesADifferentIdEachTime() {
        assertThat(RequestId.fresh()).isNotEqualTo(RequestId.fresh());
    }
}
