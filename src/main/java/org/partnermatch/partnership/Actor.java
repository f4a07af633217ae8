package org.partnermatch.partnership;

import org.partnermatch.security.Caller;

/** Who made a change: a caller (token subject and role), or the system itself (expiry). */
record Actor(String subject, String role) {

    static final Actor SYSTEM = new Actor("system", "system");

    static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.role());
    }
}
