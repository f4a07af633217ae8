package org.partnermatch.vocabulary;

/** Lifecycle of a stated need: only open needs are matched. */
public enum NeedStatus {
    open, met, closed
}
