package org.partnermatch.vocabulary;

/** When in the week or year a need arises or an offering runs. */
public enum Timing {
    before_school, during_school, after_school, evening, weekend, summer
}
