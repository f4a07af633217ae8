package org.partnermatch.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.vocabulary.PartnershipState.accepted;
import static org.partnermatch.vocabulary.PartnershipState.active;
import static org.partnermatch.vocabulary.PartnershipState.cancelled;
import static org.partnermatch.vocabulary.PartnershipState.completed;
import static org.partnermatch.vocabulary.PartnershipState.declined;
import static org.partnermatch.vocabulary.PartnershipState.expired;
import static org.partnermatch.vocabulary.PartnershipState.requested;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle table, pair by pair: exactly these moves are legal. */
class PartnershipStateTest {

    private static final Set<String> LEGAL = Set.of(
            "requested>accepted", "requested>declined", "requested>cancelled", "requested>expired",
            "accepted>active", "accepted>cancelled",
            "active>completed", "active>cancelled");

    @Test
    void everyPairOfStatesIsLegalExactlyWhenTheTableSaysSo() {
        for (PartnershipState from : PartnershipState.values()) {
            for (PartnershipState to : PartnershipState.values()) {
                assertThat(from.canMoveTo(to)).as(from + " > " + to).isEqualTo(LEGAL.contains(from + ">" + to));
            }
        }
    }

    @Test
    void finalStatesAndCapacity() {
        assertThat(Set.of(PartnershipState.values())).filteredOn(PartnershipState::isFinal)
                .containsExactlyInAnyOrder(declined, completed, cancelled, expired);
        assertThat(Set.of(PartnershipState.values())).filteredOn(PartnershipState::holdsCapacity)
                .containsExactlyInAnyOrder(accepted, active, completed);
        assertThat(Set.of(PartnershipState.values())).filteredOn(PartnershipState::acceptsFeedback)
                .containsExactlyInAnyOrder(active, completed);
        assertThat(requested.isFinal()).isFalse();
    }
}
