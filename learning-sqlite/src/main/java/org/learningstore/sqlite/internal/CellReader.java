package org.learningstore.sqlite.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * How one result column's cells are taken from the driver. {@link ResultSet#getObject} costs two
 * driver calls per cell (the value's type, then the value); a column read straight from a table
 * has the table's declared type, and as every table of the schema is STRICT, each of its values
 * has that type or is NULL, so one typed call does: a text comes back null for NULL, and only a
 * zero number needs the second call to tell 0 from NULL. Computed columns (no table) keep
 * {@code getObject}. The cells are those {@link Row} documents: null, Long, Double, String or byte[].
 */
enum CellReader {
    TEXT {
        @Override
        Object read(ResultSet results, int column) throws SQLException {
            return results.getString(column);
        }
    },
    INTEGER {
        @Override
        Object read(ResultSet results, int column) throws SQLException {
            long value = results.getLong(column);
            return value == 0 ? ANY.read(results, column) : Long.valueOf(value);
        }
    },
    REAL {
        @Override
        Object read(ResultSet results, int column) throws SQLException {
            double value = results.getDouble(column);
            return value == 0 ? ANY.read(results, column) : Double.valueOf(value);
        }
    },
    ANY {
        @Override
        Object read(ResultSet results, int column) throws SQLException {
            return results.getObject(column);
        }
    };

    abstract Object read(ResultSet results, int column) throws SQLException;

    /** The reader of column {@code column} (from 1): typed when it is a table's column, else {@link #ANY}. */
    static CellReader of(ResultSetMetaData meta, int column) throws SQLException {
        if (meta.getTableName(column).isEmpty()) {
            return ANY;
        }
        return switch (meta.getColumnTypeName(column)) {
            case "TEXT" -> TEXT;
            case "INTEGER" -> INTEGER;
            case "REAL" -> REAL;
            default -> ANY;
        };
    }
}
