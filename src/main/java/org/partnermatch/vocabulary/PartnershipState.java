package org.partnermatch.vocabulary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partnership stands. The legal moves are listed here once, so the service, the tests and the diagram
 * in docs/partnerships.md agree:
 *
 * <pre>
 *   requested ─accept→ accepted ─start→ active ─complete→ completed
 *   requested ─decline→ declined
 *   requested ─expire→ expired            (nobody answered within the request TTL)
 *   requested | accepted | active ─cancel→ cancelled
 * </pre>
 *
 * declined, completed, cancelled and expired are final.
 */
public enum PartnershipState {
    requested, accepted, declined, active, completed, cancelled, expired;

    /** The states this one may move to. */
    public Set<PartnershipState> next() {
        return switch (this) {
            case requested -> EnumSet.of(accepted, declined, cancelled, expired);
            case accepted -> EnumSet.of(active, cancelled);
            case active -> EnumSet.of(completed, cancelled);
            case declined, completed, cancelled, expired -> EnumSet.noneOf(PartnershipState.class);
        };
    }

    public boolean canMoveTo(PartnershipState target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether a partnership in this state holds offering capacity. */
    public boolean holdsCapacity() {
        return this == accepted || this == active || this == completed;
    }

    /** Whether feedback may be given: the partnership has actually run. */
    public boolean acceptsFeedback() {
        return this == active || this == completed;
    }
}
