package org.partnermatch.vocabulary;

/** What an offering costs a school or its families. */
public enum Cost {
    free, sliding_scale, fee
}
