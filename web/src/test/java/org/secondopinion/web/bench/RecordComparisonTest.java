package org.secondopinion.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordComparisonTest {

    private static final String REFERRAL = """
            {"id":12,"state":"NEW","records":[{"name":"scan.pdf","sha256":"ab"},{"name":"mri.pdf","sha256":"cd"}]}""";

    @Test
    void sameRecordsWithFieldsInAnotherOrderAreEqual() {
        RecordComparison.Result result = RecordComparison.compare(Map.of("referral 12", REFERRAL),
                Map.of("referral 12", """
                        {"records":[{"sha256":"ab","name":"scan.pdf"},{"name":"mri.pdf","sha256":"cd"}],
                         "state":"NEW","id":12}"""));

        assertThat(result.equal()).isTrue();
        assertThat(result.compared()).isEqualTo(1);
    }

    @Test
    void namesTheRecordAndThePathOfTheFirstChangedValue() {
        RecordComparison.Result result = RecordComparison.compare(Map.of("referral 12", REFERRAL),
                Map.of("referral 12", REFERRAL.replace("\"cd\"", "\"ce\"")));

        assertThat(result.differences()).containsExactly("referral 12: $.records[1].sha256 was \"cd\", is \"ce\"");
    }

    @Test
    void aRecordMissingAfterTheRestoreIsADifferenceAndOneWrittenDuringTheBackupIsNot() {
        RecordComparison.Result result = RecordComparison.compare(
                Map.of("case 1", "{\"id\":1}", "case 2", "{\"id\":2}"),
                Map.of("case 1", "{\"id\":1}", "case 3", "{\"id\":3}"));

        assertThat(result.differences()).containsExactly("case 2: missing after the restore");
        assertThat(result.compared()).isEqualTo(2);
    }

    @Test
    void namesAFieldThatAppearedOrWentAndAnArrayThatGrew() {
        assertThat(RecordComparison.compare(Map.of("estimate 5", "{\"id\":5,\"total\":\"10.00\"}"),
                Map.of("estimate 5", "{\"id\":5}")).differences())
                .containsExactly("estimate 5: $.total was \"10.00\", is absent");
        assertThat(RecordComparison.compare(Map.of("estimate 5", "{\"id\":5}"),
                Map.of("estimate 5", "{\"id\":5,\"issued\":true}")).differences())
                .containsExactly("estimate 5: $.issued was absent, is true");
        assertThat(RecordComparison.compare(Map.of("files 7", "[1,2]"), Map.of("files 7", "[1,2,3]")).differences())
                .containsExactly("files 7: $ had 2 elements, has 3");
        assertThat(RecordComparison.compare(Map.of("state", "{\"open\":1}"), Map.of("state", "{\"open\":\"1\"}"))
                .differences()).containsExactly("state: $.open was 1, is \"1\"");
    }

    @Test
    void anInstantRoundedToTheMicrosecondAsPostgresqlKeepsItIsEqualAndCountedAnythingElseIsNot() {
        RecordComparison.Result rounded = RecordComparison.compare(
                Map.of("referral 1", "{\"at\":\"2026-12-07T04:38:06.962039792Z\",\"up\":\"2026-12-07T04:38:06.105356133Z\"}"),
                Map.of("referral 1", "{\"at\":\"2026-12-07T04:38:06.962040Z\",\"up\":\"2026-12-07T04:38:06.105356Z\"}"));
        assertThat(rounded.equal()).isTrue();
        assertThat(rounded.roundedInstants()).isEqualTo(2);

        assertThat(RecordComparison.compare(Map.of("referral 1", "{\"at\":\"2026-12-07T04:38:06.962039792Z\"}"),
                Map.of("referral 1", "{\"at\":\"2026-12-07T04:38:06.962039Z\"}")).differences())
                .containsExactly("referral 1: $.at was \"2026-12-07T04:38:06.962039792Z\", is \"2026-12-07T04:38:06.962039Z\"");
        assertThat(RecordComparison.sameInstantToTheMicrosecond("2026-12-07T04:38:06Z", "2026-12-07T04:38:07Z")).isFalse();
        assertThat(RecordComparison.sameInstantToTheMicrosecond("MRN-1", "MRN-1")).isFalse();
    }

    @Test
    void digestsAreComparedAsTextEvenWhenTheyLookLikeNumbers() {
        String numberLike = "1234567890123456789012345678901234567890123456789012345e67890123";
        String other = "1234567890123456789012345678901234567890123456789012345e67890124";

        assertThat(RecordComparison.compareDigests(Map.of("ab/cd/file", numberLike),
                Map.of("ab/cd/file", numberLike, "ef/01/new", other)).equal()).isTrue();
        assertThat(RecordComparison.compareDigests(Map.of("ab/cd/file", numberLike, "ef/01/gone", other),
                Map.of("ab/cd/file", other)).differences())
                .containsExactly("ab/cd/file: was " + numberLike + ", is " + other, "ef/01/gone: missing after the restore");
    }
}
