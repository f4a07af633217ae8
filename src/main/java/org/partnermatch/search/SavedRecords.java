package org.partnermatch.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The values the search index builds its records from ({@link Listed}), as read from a row or from the saved copy
 * ({@link IndexSnapshot}), which keeps them in a compact binary form so that a start need not read every row again.
 * Both go through the same record builders in {@link SearchIndex}.
 */
final class SavedRecords {

    /** The form's version: raise it when a row's values change; a copy of another version is not restored. */
    private static final int VERSION = 1;

    private SavedRecords() {
    }

    /** An offering's row: what its record is built from. */
    record OfferingRow(UUID id, UUID organizationId, String name, Instant updatedAt, boolean active, String[] codes,
                       String[] languages, String[] timings, String cost, String modality, int gradeLow, int gradeHigh,
                       Instant lastVerified, long text) {

        static OfferingRow of(ResultSet rs, String[] codes, long text) throws SQLException {
            return new OfferingRow(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                    rs.getString("name"), instant(rs, "updated_at"), rs.getBoolean("active"), codes,
                    strings(rs.getArray("languages")), strings(rs.getArray("timings")), rs.getString("cost"),
                    rs.getString("modality"), rs.getInt("grade_low"), rs.getInt("grade_high"),
                    instant(rs, "last_verified_at"), text);
        }

        static OfferingRow of(Listed.Offering o) {
            return new OfferingRow(o.id(), o.organizationId(), o.name(), o.updatedAt(), o.active(), o.categories(),
                    o.languages(), o.timings(), o.cost(), o.modality(), o.gradeLow(), o.gradeHigh(), o.lastVerified(),
                    o.text());
        }
    }

    /** An organization's row: what its record is built from. */
    record OrganizationRow(UUID id, String name, Instant updatedAt, String vettingStatus, String[] leadership,
                           String[] staffLanguages, String[] communities, String[] regions, Double latitude,
                           Double longitude, Double serviceRadiusKm, Instant lastVerified, long text) {

        static OrganizationRow of(ResultSet rs, long text) throws SQLException {
            return new OrganizationRow(rs.getObject("id", UUID.class), rs.getString("name"), instant(rs, "updated_at"),
                    rs.getString("vetting_status"), strings(rs.getArray("leadership")),
                    strings(rs.getArray("staff_languages")), strings(rs.getArray("communities_served")),
                    strings(rs.getArray("service_regions")), (Double) rs.getObject("latitude"),
                    (Double) rs.getObject("longitude"), (Double) rs.getObject("service_radius_km"),
                    instant(rs, "last_verified_at"), text);
        }

        static OrganizationRow of(Listed.Organization o) {
            return new OrganizationRow(o.id(), o.name(), o.updatedAt(), o.vettingStatus(), o.leadership(),
                    o.staffLanguages(), o.communities().toArray(String[]::new), o.serviceRegions(), o.latitude(),
                    o.longitude(), o.serviceRadiusKm(), o.lastVerified(), o.text());
        }
    }

    /** The records, organizations first (an offering's record refers to its organization's). */
    static byte[] encode(Collection<Listed.Organization> organizations, Collection<Listed.Offering> offerings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 160 * (organizations.size() + offerings.size()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(organizations.size());
            for (Listed.Organization organization : organizations) {
                OrganizationRow row = OrganizationRow.of(organization);
                uuid(out, row.id());
                string(out, row.name());
                instant(out, row.updatedAt());
                string(out, row.vettingStatus());
                strings(out, row.leadership());
                strings(out, row.staffLanguages());
                strings(out, row.communities());
                strings(out, row.regions());
                decimal(out, row.latitude());
                decimal(out, row.longitude());
                decimal(out, row.serviceRadiusKm());
                instant(out, row.lastVerified());
                out.writeLong(row.text());
            }
            out.writeInt(offerings.size());
            for (Listed.Offering offering : offerings) {
                OfferingRow row = OfferingRow.of(offering);
                uuid(out, row.id());
                uuid(out, row.organizationId());
                string(out, row.name());
                instant(out, row.updatedAt());
                out.writeBoolean(row.active());
                strings(out, row.codes());
                strings(out, row.languages());
                strings(out, row.timings());
                string(out, row.cost());
                string(out, row.modality());
                out.writeInt(row.gradeLow());
                out.writeInt(row.gradeHigh());
                instant(out, row.lastVerified());
                out.writeLong(row.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Hands each saved row to {@code organizations} and {@code offerings}, organizations first; false when the bytes
     * are of another version. Throws on bytes that are not whole.
     */
    static boolean decode(byte[] records, Consumer<OrganizationRow> organizations, Consumer<OfferingRow> offerings)
            throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(records));
        if (in.readInt() != VERSION) {
            return false;
        }
        for (int n = in.readInt(); n > 0; n--) {
            organizations.accept(new OrganizationRow(uuid(in), string(in), instant(in), string(in), strings(in),
                    strings(in), strings(in), strings(in), decimal(in), decimal(in), decimal(in), instant(in),
                    in.readLong()));
        }
        for (int n = in.readInt(); n > 0; n--) {
            offerings.accept(new OfferingRow(uuid(in), uuid(in), string(in), instant(in), in.readBoolean(), strings(in),
                    strings(in), strings(in), string(in), string(in), in.readInt(), in.readInt(), instant(in),
                    in.readLong()));
        }
        if (in.read() != -1) {
            throw new IOException("Saved records longer than their counts");
        }
        return true;
    }

    /** A text array's elements (null for a null array). */
    static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void uuid(DataOutputStream out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private static UUID uuid(DataInputStream in) throws IOException {
        return new UUID(in.readLong(), in.readLong());
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String value : values) {
            string(out, value);
        }
    }

    private static String[] strings(DataInputStream in) throws IOException {
        String[] values = new String[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = string(in);
        }
        return values;
    }

    private static void instant(DataOutputStream out, Instant value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value.getEpochSecond());
            out.writeInt(value.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void decimal(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double decimal(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }
}
