package org.partnermatch.vocabulary;

/** The two sides of a partnership: the school, and the partner organization. */
public enum PartySide {
    school, partner
}
