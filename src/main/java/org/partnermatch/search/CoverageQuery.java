package org.partnermatch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query that scores what {@code inner} finds with a fixed amount added: a unit of a search found counts
 * {@code coverage}, plus how well (BM25). The same scores as a constant-score copy of the query beside the query,
 * with one pass over its postings instead of two.
 */
final class CoverageQuery extends Query {

    private final Query inner;
    private final float coverage;

    CoverageQuery(Query inner, float coverage) {
        this.inner = inner;
        this.coverage = coverage;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new CoverageQuery(rewritten, coverage);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight weight = inner.createWeight(searcher, scoreMode, boost);
        float added = coverage * boost;
        return new FilterWeight(this, weight) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                return scorer == null ? null : new FilterScorer(scorer, this) {
                    @Override
                    public float score() throws IOException {
                        return in.score() + added;
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return in.getMaxScore(upTo) + added;
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation found = in.explain(context, doc);
                return found.isMatch()
                        ? Explanation.match(found.getValue().floatValue() + added, "found, plus coverage", found)
                        : found;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "coverage(" + inner.toString(field) + ", " + coverage + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((CoverageQuery) other).inner)
                && coverage == ((CoverageQuery) other).coverage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), inner, coverage);
    }
}
