package org.partnermatch.webhook;

/**
 * A TCP port or an inclusive range of ports, written {@code 443} or {@code 8000-8999}: the type of the
 * {@code allowed-ports} setting (SmallRye Config converts through {@link #of(String)}).
 */
public record PortRange(int from, int to) {

    public PortRange {
        if (from < 1 || to > 65535 || from > to) {
            throw new IllegalArgumentException("ports are 1-65535, written low-high");
        }
    }

    public static PortRange of(String text) {
        String s = text.trim();
        int dash = s.indexOf('-');
        try {
            return dash < 0 ? new PortRange(Integer.parseInt(s), Integer.parseInt(s))
                    : new PortRange(Integer.parseInt(s.substring(0, dash).trim()),
                            Integer.parseInt(s.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port or port range: " + text);
        }
    }

    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
