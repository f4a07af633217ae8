package org.partnermatch.vocabulary;

/** District vetting of an organization: only approved organizations are matched or shown anonymously. */
public enum VettingStatus {
    pending, approved, suspended
}
