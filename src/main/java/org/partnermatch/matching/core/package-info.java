/**
 * The pure scoring core of matching: which offerings may serve a school's need (hard constraints), how well they
 * fit (weighted soft factors with human-readable reasons), and the three rankings built on those scores.
 *
 * <p>Read it from {@link org.partnermatch.matching.core.Eligibility} (the hard rules, one list),
 * {@link org.partnermatch.matching.core.MatchFactor} (the soft factors, one registry) and
 * {@link org.partnermatch.matching.core.MatchScorer} (the plain path and the scan that accelerates it).
 *
 * <p>Pure Java on purpose: this package imports only {@code java.*} and {@code org.partnermatch.vocabulary}, holds no
 * mutable static state and never touches a database, so it is trivially unit-testable and safe to call from any
 * thread. Inputs and outputs are immutable records.
 *
 * <h2>How to call it fast</h2>
 * Text stems, language keys, category codes and the like are computed once, not per pair:
 * <ul>
 *   <li>{@link org.partnermatch.matching.core.MatchCandidate#of} once per offering, and a
 *       {@link org.partnermatch.matching.core.CandidatePool} over all of them (the candidate index keeps one and
 *       swaps in a new one when an offering or organization changes);</li>
 *   <li>{@link org.partnermatch.matching.core.MatchScorer#prepare} once per need and request;</li>
 *   <li>then {@link org.partnermatch.matching.core.MatchScorer#rankForSchool} (a school's ranking),
 *       {@link org.partnermatch.matching.core.MatchScorer#rankOpportunities} (an organization's),
 *       {@link org.partnermatch.matching.core.MatchScorer#bestPerOrganization} (every need's winners, which both
 *       rankings equal), {@link org.partnermatch.matching.core.MatchScorer#bestMatches} (one need) or
 *       {@link org.partnermatch.matching.core.MatchScorer#eligibleTotals} (bare totals: allocation, coverage). They
 *       scan the pool through primitive arrays and build reasons, which allocate strings, only for the results they
 *       return.</li>
 * </ul>
 * {@link org.partnermatch.matching.core.MatchScorer#score} and
 * {@link org.partnermatch.matching.core.MatchScorer#eligibility} take plain profiles too, for single pairs and
 * "why not" answers.
 */
package org.partnermatch.matching.core;
