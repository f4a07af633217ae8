package org.partnermatch.bench;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Fills a PostgreSQL that already has the schema (a running service migrated it) with a synthetic district, for
 * looking at plans or trying the service by hand at scale:
 *
 * <pre>
 * mvn -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnermatch.bench.GenerateDistrict \
 *     -Dexec.args="jdbc:postgresql://localhost:5432/partnermatch postgres postgres 20000"
 * </pre>
 */
public final class GenerateDistrict {

    private GenerateDistrict() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: JDBC_URL USER PASSWORD OFFERINGS");
        }
        SyntheticDistrict.Scale scale = SyntheticDistrict.Scale.ofOfferings(Integer.parseInt(args[3]));
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            long t0 = System.nanoTime();
            SyntheticDistrict.generate(c, scale);
            System.out.printf("%s generated in %.1f s%n", scale, (System.nanoTime() - t0) / 1e9);
        }
    }
}
