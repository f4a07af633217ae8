package org.partnermatch.vocabulary;

/** A recognition story is nominated by anyone signed in, then published by district staff. */
public enum RecognitionStatus {
    nominated, published
}
