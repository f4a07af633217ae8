package org.partnermatch.vocabulary;

/** How an offering is delivered. In-person and hybrid offerings are bound to the organization's service area. */
public enum Modality {
    in_person, virtual, hybrid;

    public boolean needsPresence() {
        return this != virtual;
    }
}
