package org.partnermatch.common;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every 401 and 403 the API answers, and every request refused for its size (413, 414, 431), is logged (method and
 * path only, a long path cut short: never a query, a token, a cookie or a body) and counted in
 * {@code partnermatch_refused_total{status}}, so probing shows up in the log and on a dashboard.
 */
@ApplicationScoped
public class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class);

    private final MeterRegistry metrics;

    public Refusals(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    private static final int MAX_LOGGED_PATH = 200;

    public void record(int status, String method, String path) {
        String shown = path != null && path.length() > MAX_LOGGED_PATH ? path.substring(0, MAX_LOGGED_PATH) + "…" : path;
        LOG.infof("Refused %d: %s %s", status, method, shown);
        metrics.counter("partnermatch.refused", "status", Integer.toString(status)).increment();
    }
}
