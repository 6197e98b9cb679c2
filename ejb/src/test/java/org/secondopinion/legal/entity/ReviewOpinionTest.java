package org.secondopinion.legal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.RuleViolation;

/** The reviewer's opinion: a draft is written, made final once every section is there, then locked with its hash. */
class ReviewOpinionTest {

    private static final Instant OPENED = Instant.parse("2026-05-04T08:00:00Z");
    private static final Instant WRITTEN = Instant.parse("2026-05-06T16:30:00Z");
    private static final Instant FINAL = Instant.parse("2026-05-08T11:00:00Z");
    private static final Instant REVISED = Instant.parse("2026-06-01T09:15:00Z");
    private static final String REVIEWER = "dr.hale";
    private static final String PDF_KEY = "3f1c9a7e-opinion";
    private static final String PDF_SHA = "a".repeat(64);

    private static final String STANDARD = "A reasonably prudent emergency physician orders a troponin.";
    private static final String BREACH = "No troponin was ordered over six hours.";
    private static final String SHOULD = "Serial troponins and a cardiology consult.";
    private static final String CAUSATION = "The delay more likely than not caused the infarct's extent.";
    private static final String DAMAGES = "Reduced ejection fraction; lost earning capacity.";
    private static final String MATERIALS = "LGH-000001 – LGH-000042; LGH-000050";
    private static final String QUALIFICATIONS = "Board-certified in emergency medicine; 14 years in practice.";

    @Test
    void startsAsADraftThatTakesItsSections() {
        ReviewOpinion opinion = draft();

        opinion.write(STANDARD, BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS, WRITTEN);

        assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.DRAFT);
        assertThat(opinion.getRevision()).isEqualTo(1);
        assertThat(opinion.getStandardOfCare()).isEqualTo(STANDARD);
        assertThat(opinion.getBreach()).isEqualTo(BREACH);
        assertThat(opinion.getShouldHaveDone()).isEqualTo(SHOULD);
        assertThat(opinion.getCausation()).isEqualTo(CAUSATION);
        assertThat(opinion.getDamages()).isEqualTo(DAMAGES);
        assertThat(opinion.getMaterials()).isEqualTo(MATERIALS);
        assertThat(opinion.getQualifications()).isEqualTo(QUALIFICATIONS);
        assertThat(opinion.getUpdatedAt()).isEqualTo(WRITTEN);
        assertThat(opinion.getWrittenBy()).isEqualTo(REVIEWER);
        assertThat(opinion.missing()).isEmpty();
    }

    @Test
    void listsEveryEmptySectionInOrder() {
        ReviewOpinion opinion = draft();

        assertThat(opinion.missing()).containsExactly("the standard of care", "whether it was breached",
                "what should have been done", "causation", "damages", "the materials considered (Bates ranges)",
                "the reviewer's qualifications");

        opinion.write(STANDARD, "  ", SHOULD, null, DAMAGES, "", QUALIFICATIONS, WRITTEN);

        assertThat(opinion.missing()).containsExactly("whether it was breached", "causation",
                "the materials considered (Bates ranges)");
    }

    @Test
    void refusesToFinaliseWhileASectionIsMissingAndNamesWhatIs() {
        ReviewOpinion opinion = draft();
        opinion.write(STANDARD, BREACH, SHOULD, CAUSATION, null, MATERIALS, " ", WRITTEN);

        assertThatThrownBy(() -> opinion.finalise(PDF_KEY, PDF_SHA, FINAL))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("opinion");
                    assertThat(v.getMessage()).contains("damages, the reviewer's qualifications");
                    assertThat(v.getMessage()).doesNotContain("causation");
                });
        assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.DRAFT);
        assertThat(opinion.getContentSha256()).isNull();
    }

    @Test
    void locksAFinalOpinionWithTheHashOfItsContent() {
        ReviewOpinion opinion = written();

        opinion.finalise(PDF_KEY, PDF_SHA, FINAL);

        assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.FINAL);
        assertThat(opinion.getFinalisedAt()).isEqualTo(FINAL);
        assertThat(opinion.getContentSha256()).matches("[0-9a-f]{64}").isEqualTo(opinion.contentHash());
        assertThat(opinion.getDocumentKey()).isEqualTo(PDF_KEY);
        assertThat(opinion.getDocumentSha256()).isEqualTo(PDF_SHA);
    }

    @Test
    void refusesToChangeOrFinaliseAFinalOpinion() {
        ReviewOpinion opinion = written();
        opinion.finalise(PDF_KEY, PDF_SHA, FINAL);
        String hash = opinion.getContentSha256();

        assertThatThrownBy(() -> opinion.write("Changed.", BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS,
                QUALIFICATIONS, REVISED))
                .isInstanceOf(RecordLocked.class).hasMessageContaining("Make a new version");
        assertThatThrownBy(() -> opinion.finalise("other", "b".repeat(64), REVISED))
                .isInstanceOf(RecordLocked.class).hasMessageContaining("Make a new version");

        assertThat(opinion.getStandardOfCare()).isEqualTo(STANDARD);
        assertThat(opinion.getContentSha256()).isEqualTo(hash).isEqualTo(opinion.contentHash());
        assertThat(opinion.getDocumentKey()).isEqualTo(PDF_KEY);
        assertThat(opinion.getFinalisedAt()).isEqualTo(FINAL);
    }

    @Test
    void refusesANextVersionOfADraft() {
        ReviewOpinion opinion = written();

        assertThatThrownBy(() -> opinion.nextVersion(REVIEWER, REVISED))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("status");
                    assertThat(v.getMessage()).contains("still a draft");
                });
    }

    @Test
    void startsTheNextVersionAsADraftWithEverySectionOfTheFinalOne() {
        ReviewOpinion opinion = written();
        opinion.finalise(PDF_KEY, PDF_SHA, FINAL);

        ReviewOpinion next = opinion.nextVersion("dr.hale", REVISED);

        assertThat(next.getRevision()).isEqualTo(2);
        assertThat(next.getStatus()).isEqualTo(OpinionStatus.DRAFT);
        assertThat(next.getLegalCase()).isSameAs(opinion.getLegalCase());
        assertThat(next.getAssignment()).isSameAs(opinion.getAssignment());
        assertThat(List.of(next.getStandardOfCare(), next.getBreach(), next.getShouldHaveDone(), next.getCausation(),
                next.getDamages(), next.getMaterials(), next.getQualifications()))
                .containsExactly(STANDARD, BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS);
        assertThat(next.contentHash()).isEqualTo(opinion.getContentSha256());
        assertThat(next.getContentSha256()).isNull();
        assertThat(next.getFinalisedAt()).isNull();
        assertThat(next.getDocumentKey()).isNull();
        assertThat(next.getUpdatedAt()).isEqualTo(REVISED);

        next.write("Revised standard.", BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS, REVISED);

        assertThat(opinion.getStandardOfCare()).isEqualTo(STANDARD);
        assertThat(next.contentHash()).isNotEqualTo(opinion.getContentSha256());
    }

    @Test
    void supersedesOnlyAFinalOpinion() {
        ReviewOpinion draft = written();
        draft.supersede();
        assertThat(draft.getStatus()).isEqualTo(OpinionStatus.DRAFT);

        ReviewOpinion fin = written();
        fin.finalise(PDF_KEY, PDF_SHA, FINAL);
        fin.supersede();
        assertThat(fin.getStatus()).isEqualTo(OpinionStatus.SUPERSEDED);

        fin.supersede();
        assertThat(fin.getStatus()).isEqualTo(OpinionStatus.SUPERSEDED);
        assertThatThrownBy(() -> fin.write(STANDARD, BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS,
                REVISED)).isInstanceOf(RecordLocked.class);
    }

    @Test
    void hashesTextDifferentlyWhenItMovesBetweenSections() {
        ReviewOpinion ab = draft();
        ab.write("ab", "c", SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS, WRITTEN);
        ReviewOpinion bc = draft();
        bc.write("a", "bc", SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS, WRITTEN);

        assertThat(ab.contentHash()).isNotEqualTo(bc.contentHash());
    }

    @Test
    void hashesEqualContentAlike() {
        ReviewOpinion one = written();
        ReviewOpinion other = new ReviewOpinion(ReviewerAssignmentTest.legalCase(), null, 7, "someone.else", REVISED);
        other.write(STANDARD, BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS, REVISED);

        assertThat(one.contentHash()).matches("[0-9a-f]{64}").isEqualTo(one.contentHash())
                .isEqualTo(other.contentHash());

        other.write(STANDARD, BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS + ".", REVISED);
        assertThat(other.contentHash()).isNotEqualTo(one.contentHash());
    }

    private static ReviewOpinion draft() {
        return new ReviewOpinion(ReviewerAssignmentTest.legalCase(), null, 1, REVIEWER, OPENED);
    }

    private static ReviewOpinion written() {
        ReviewOpinion opinion = draft();
        opinion.write(STANDARD, BREACH, SHOULD, CAUSATION, DAMAGES, MATERIALS, QUALIFICATIONS, WRITTEN);
        return opinion;
    }
}
