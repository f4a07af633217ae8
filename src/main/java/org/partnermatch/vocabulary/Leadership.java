package org.partnermatch.vocabulary;

/** Self-declared leadership identity of an organization (never inferred by the system). */
public enum Leadership {
    bipoc_led, black_led, immigrant_refugee_led, latinx_led, native_led, asian_pacific_islander_led, lgbtq_led,
    women_led, youth_led
}
