package org.secondopinion.legal.entity;

/** Which limitations date applies when both the injury and the discovery period can be counted. */
public enum LimitationCombination {
    /** Whichever ends first ("whichever occurs first"). */
    EARLIER,
    /** Whichever ends last ("whichever is later"). */
    LATER
}
