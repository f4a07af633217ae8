package org.partnermatch.vocabulary;

/** Onboarding items district staff track before and while an organization works with schools. */
public enum OnboardingKind {
    data_sharing_agreement, insurance, background_checks
}
