package org.partnermatch.vocabulary;

/** What an offering's capacity counts: students served, or schools partnered with. */
public enum CapacityUnit {
    students, schools
}
