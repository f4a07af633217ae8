package org.partnermatch.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A native SQL statement being built (the benchmark's reference searches), with its positional ({@code ?}) parameters in order. Values are always bound,
 * never spliced into the text; text fragments come from code only.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public static Sql of(String fragment, Object... values) {
        return new Sql().add(fragment, values);
    }

    /** Appends {@code fragment}, whose {@code ?} placeholders take {@code values} in order. */
    public Sql add(String fragment, Object... values) {
        long placeholders = fragment.chars().filter(c -> c == '?').count();
        if (placeholders != values.length) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + values.length + " values: " + fragment);
        }
        text.append(fragment);
        Collections.addAll(params, values);
        return this;
    }

    public Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return Collections.unmodifiableList(params);
    }

    /** A prepared statement with every parameter bound. */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        bind(connection, statement, params);
        return statement;
    }

    /** Binds values by type: text, numbers, booleans, UUIDs, String[] as a varchar array and UUID[] as a uuid array. */
    public static void bind(Connection connection, PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            int index = i + 1;
            if (value instanceof String[] array) {
                statement.setArray(index, connection.createArrayOf("varchar", array));
            } else if (value instanceof Double[] numbers) {
                statement.setArray(index, connection.createArrayOf("float8", numbers));
            } else if (value instanceof UUID[] ids) {
                statement.setArray(index, connection.createArrayOf("uuid", ids));
            } else if (value instanceof String s) {
                statement.setString(index, s);
            } else if (value instanceof Integer n) {
                statement.setInt(index, n);
            } else if (value instanceof Long n) {
                statement.setLong(index, n);
            } else if (value instanceof Double d) {
                statement.setDouble(index, d);
            } else if (value instanceof Boolean b) {
                statement.setBoolean(index, b);
            } else if (value instanceof UUID id) {
                statement.setObject(index, id);
            } else if (value instanceof java.time.OffsetDateTime at) {
                statement.setObject(index, at);
            } else {
                throw new IllegalArgumentException("Unsupported parameter type " + (value == null ? "null" : value.getClass()));
            }
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
