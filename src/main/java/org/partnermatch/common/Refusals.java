package org.partnermatch.common;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every 401 and 403 the API answers is logged (method and path only: never a token, a cookie or a body) and counted
 * in {@code partnermatch_refused_total{status}}, so probing shows up in the log and on a dashboard.
 */
@ApplicationScoped
public class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class);

    private final MeterRegistry metrics;

    public Refusals(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    public void record(int status, String method, String path) {
        LOG.infof("Refused %d: %s %s", status, method, path);
        metrics.counter("partnermatch.refused", "status", Integer.toString(status)).increment();
    }
}
