package org.partnermatch.vocabulary;

/** Self-declared leadership identity of an organization (never inferred by the system). */
public enum Leadership {
    bipoc_led(true), black_led(true), immigrant_refugee_led(true), latinx_led(true), native_led(true),
    asian_pacific_islander_led(true), lgbtq_led(false), women_led(false), youth_led(false);

    private final boolean community;

    Leadership(boolean community) {
        this.community = community;
    }

    /**
     * Led from within a racial, ethnic or immigrant community: the identities matching weighs more at high-need
     * schools and the equity report counts as culturally specific.
     */
    public boolean isCommunity() {
        return community;
    }
}
