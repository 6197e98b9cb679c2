package org.secondopinion.referral.entity;

/**
 * The standard questions to ask before surgery (after AHRQ, "Questions to ask before
 * surgery"), offered as a checklist at intake; the patient may add their own.
 */
public enum StandardQuestion {
    DIAGNOSIS_ACCURACY("How sure is the diagnosis, and which conditions have similar symptoms?"),
    ALTERNATIVES("What can be done other than surgery?"),
    PROS_AND_CONS("What are the pros and cons of each option?"),
    LIFE_WITH_AND_WITHOUT("How will my life change with and without the surgery?"),
    SUCCESS_RATE("What is the success rate of the procedure and of the alternatives?"),
    HOW_PERFORMED("How is the surgery performed, and how should I prepare?"),
    EXPECTED_RELIEF("What relief can I expect: a cure, long-term or short-term relief?"),
    ANAESTHESIA("What kind of anaesthesia is used, and what are its risks?"),
    HOW_SOON("How soon should the treatment happen?"),
    RECOVERY("What is recovery like, and how long is the hospital stay?"),
    PAIN("How much pain should I expect afterwards, and how is it controlled?"),
    COST("What will the surgery and the other options cost?");

    private final String text;

    StandardQuestion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
