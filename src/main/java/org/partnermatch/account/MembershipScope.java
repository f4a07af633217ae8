package org.partnermatch.account;

import java.util.Set;

/** Where a membership or invitation applies, and the roles a person may hold there. */
public enum MembershipScope {
    /** District staff: every power. */
    district(Set.of("staff")),
    /** Staff of one school: its principal, or school staff with the same powers on that school. */
    school(Set.of("principal", "staff")),
    /** Staff of one organization: owners also invite and remove colleagues. */
    organization(Set.of("owner", "member"));

    private final Set<String> roles;

    MembershipScope(Set<String> roles) {
        this.roles = roles;
    }

    public Set<String> roles() {
        return roles;
    }
}
