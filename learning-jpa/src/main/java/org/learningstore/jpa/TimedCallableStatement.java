package org.learningstore.jpa;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import org.learningstore.core.StatementListener;

/** A callable statement whose executions are timed as a prepared statement's. */
final class TimedCallableStatement extends TimedPreparedStatement<CallableStatement> implements CallableStatement {
    TimedCallableStatement(CallableStatement statement, String sql, StatementListener listener) {
        super(statement, sql, listener);
    }

    @Override
    public Array getArray(String name) throws SQLException {
        return statement.getArray(name);
    }

    @Override
    public Array getArray(int index) throws SQLException {
        return statement.getArray(index);
    }

    @Override
    public BigDecimal getBigDecimal(String name) throws SQLException {
        return statement.getBigDecimal(name);
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        return statement.getBigDecimal(index);
    }

    @Deprecated
    @Override
    public BigDecimal getBigDecimal(int index, int scale) throws SQLException {
        return statement.getBigDecimal(index, scale);
    }

    @Override
    public Blob getBlob(String name) throws SQLException {
        return statement.getBlob(name);
    }

    @Override
    public Blob getBlob(int index) throws SQLException {
        return statement.getBlob(index);
    }

    @Override
    public boolean getBoolean(String name) throws SQLException {
        return statement.getBoolean(name);
    }

    @Override
    public boolean getBoolean(int index) throws SQLException {
        return statement.getBoolean(index);
    }

    @Override
    public byte getByte(String name) throws SQLException {
        return statement.getByte(name);
    }

    @Override
    public byte getByte(int index) throws SQLException {
        return statement.getByte(index);
    }

    @Override
    public byte[] getBytes(String name) throws SQLException {
        return statement.getBytes(name);
    }

    @Override
    public byte[] getBytes(int index) throws SQLException {
        return statement.getBytes(index);
    }

    @Override
    public Reader getCharacterStream(String name) throws SQLException {
        return statement.getCharacterStream(name);
    }

    @Override
    public Reader getCharacterStream(int index) throws SQLException {
        return statement.getCharacterStream(index);
    }

    @Override
    public Clob getClob(String name) throws SQLException {
        return statement.getClob(name);
    }

    @Override
    public Clob getClob(int index) throws SQLException {
        return statement.getClob(index);
    }

    @Override
    public Date getDate(String name) throws SQLException {
        return statement.getDate(name);
    }

    @Override
    public Date getDate(int index) throws SQLException {
        return statement.getDate(index);
    }

    @Override
    public Date getDate(String name, Calendar calendar) throws SQLException {
        return statement.getDate(name, calendar);
    }

    @Override
    public Date getDate(int index, Calendar calendar) throws SQLException {
        return statement.getDate(index, calendar);
    }

    @Override
    public double getDouble(String name) throws SQLException {
        return statement.getDouble(name);
    }

    @Override
    public double getDouble(int index) throws SQLException {
        return statement.getDouble(index);
    }

    @Override
    public float getFloat(String name) throws SQLException {
        return statement.getFloat(name);
    }

    @Override
    public float getFloat(int index) throws SQLException {
        return statement.getFloat(index);
    }

    @Override
    public int getInt(String name) throws SQLException {
        return statement.getInt(name);
    }

    @Override
    public int getInt(int index) throws SQLException {
        return statement.getInt(index);
    }

    @Override
    public long getLong(String name) throws SQLException {
        return statement.getLong(name);
    }

    @Override
    public long getLong(int index) throws SQLException {
        return statement.getLong(index);
    }

    @Override
    public Reader getNCharacterStream(String name) throws SQLException {
        return statement.getNCharacterStream(name);
    }

    @Override
    public Reader getNCharacterStream(int index) throws SQLException {
        return statement.getNCharacterStream(index);
    }

    @Override
    public NClob getNClob(String name) throws SQLException {
        return statement.getNClob(name);
    }

    @Override
    public NClob getNClob(int index) throws SQLException {
        return statement.getNClob(index);
    }

    @Override
    public String getNString(String name) throws SQLException {
        return statement.getNString(name);
    }

    @Override
    public String getNString(int index) throws SQLException {
        return statement.getNString(index);
    }

    @Override
    public Object getObject(String name) throws SQLException {
        return statement.getObject(name);
    }

    @Override
    public Object getObject(int index) throws SQLException {
        return statement.getObject(index);
    }

    @Override
    public <T> T getObject(String name, Class<T> type) throws SQLException {
        return statement.getObject(name, type);
    }

    @Override
    public Object getObject(String name, Map<String, Class<?>> map) throws SQLException {
        return statement.getObject(name, map);
    }

    @Override
    public <T> T getObject(int index, Class<T> type) throws SQLException {
        return statement.getObject(index, type);
    }

    @Override
    public Object getObject(int index, Map<String, Class<?>> map) throws SQLException {
        return statement.getObject(index, map);
    }

    @Override
    public Ref getRef(String name) throws SQLException {
        return statement.getRef(name);
    }

    @Override
    public Ref getRef(int index) throws SQLException {
        return statement.getRef(index);
    }

    @Override
    public RowId getRowId(String name) throws SQLException {
        return statement.getRowId(name);
    }

    @Override
    public RowId getRowId(int index) throws SQLException {
        return statement.getRowId(index);
    }

    @Override
    public SQLXML getSQLXML(String name) throws SQLException {
        return statement.getSQLXML(name);
    }

    @Override
    public SQLXML getSQLXML(int index) throws SQLException {
        return statement.getSQLXML(index);
    }

    @Override
    public short getShort(String name) throws SQLException {
        return statement.getShort(name);
    }

    @Override
    public short getShort(int index) throws SQLException {
        return statement.getShort(index);
    }

    @Override
    public String getString(String name) throws SQLException {
        return statement.getString(name);
    }

    @Override
    public String getString(int index) throws SQLException {
        return statement.getString(index);
    }

    @Override
    public Time getTime(String name) throws SQLException {
        return statement.getTime(name);
    }

    @Override
    public Time getTime(int index) throws SQLException {
        return statement.getTime(index);
    }

    @Override
    public Time getTime(String name, Calendar calendar) throws SQLException {
        return statement.getTime(name, calendar);
    }

    @Override
    public Time getTime(int index, Calendar calendar) throws SQLException {
        return statement.getTime(index, calendar);
    }

    @Override
    public Timestamp getTimestamp(String name) throws SQLException {
        return statement.getTimestamp(name);
    }

    @Override
    public Timestamp getTimestamp(int index) throws SQLException {
        return statement.getTimestamp(index);
    }

    @Override
    public Timestamp getTimestamp(String name, Calendar calendar) throws SQLException {
        return statement.getTimestamp(name, calendar);
    }

    @Override
    public Timestamp getTimestamp(int index, Calendar calendar) throws SQLException {
        return statement.getTimestamp(index, calendar);
    }

    @Override
    public URL getURL(String name) throws SQLException {
        return statement.getURL(name);
    }

    @Override
    public URL getURL(int index) throws SQLException {
        return statement.getURL(index);
    }

    @Override
    public void registerOutParameter(String name, int sqlType) throws SQLException {
        statement.registerOutParameter(name, sqlType);
    }

    @Override
    public void registerOutParameter(String name, SQLType sqlType) throws SQLException {
        statement.registerOutParameter(name, sqlType);
    }

    @Override
    public void registerOutParameter(int index, int sqlType) throws SQLException {
        statement.registerOutParameter(index, sqlType);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType) throws SQLException {
        statement.registerOutParameter(index, sqlType);
    }

    @Override
    public void registerOutParameter(String name, int sqlType, String typeName) throws SQLException {
        statement.registerOutParameter(name, sqlType, typeName);
    }

    @Override
    public void registerOutParameter(String name, int sqlType, int scale) throws SQLException {
        statement.registerOutParameter(name, sqlType, scale);
    }

    @Override
    public void registerOutParameter(String name, SQLType sqlType, String typeName) throws SQLException {
        statement.registerOutParameter(name, sqlType, typeName);
    }

    @Override
    public void registerOutParameter(String name, SQLType sqlType, int scale) throws SQLException {
        statement.registerOutParameter(name, sqlType, scale);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, String typeName) throws SQLException {
        statement.registerOutParameter(index, sqlType, typeName);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, int scale) throws SQLException {
        statement.registerOutParameter(index, sqlType, scale);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType, String typeName) throws SQLException {
        statement.registerOutParameter(index, sqlType, typeName);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType, int scale) throws SQLException {
        statement.registerOutParameter(index, sqlType, scale);
    }

    @Override
    public void setAsciiStream(String name, InputStream value) throws SQLException {
        statement.setAsciiStream(name, value);
    }

    @Override
    public void setAsciiStream(String name, InputStream value, int length) throws SQLException {
        statement.setAsciiStream(name, value, length);
    }

    @Override
    public void setAsciiStream(String name, InputStream value, long length) throws SQLException {
        statement.setAsciiStream(name, value, length);
    }

    @Override
    public void setBigDecimal(String name, BigDecimal value) throws SQLException {
        statement.setBigDecimal(name, value);
    }

    @Override
    public void setBinaryStream(String name, InputStream value) throws SQLException {
        statement.setBinaryStream(name, value);
    }

    @Override
    public void setBinaryStream(String name, InputStream value, int length) throws SQLException {
        statement.setBinaryStream(name, value, length);
    }

    @Override
    public void setBinaryStream(String name, InputStream value, long length) throws SQLException {
        statement.setBinaryStream(name, value, length);
    }

    @Override
    public void setBlob(String name, InputStream value) throws SQLException {
        statement.setBlob(name, value);
    }

    @Override
    public void setBlob(String name, Blob value) throws SQLException {
        statement.setBlob(name, value);
    }

    @Override
    public void setBlob(String name, InputStream value, long length) throws SQLException {
        statement.setBlob(name, value, length);
    }

    @Override
    public void setBoolean(String name, boolean value) throws SQLException {
        statement.setBoolean(name, value);
    }

    @Override
    public void setByte(String name, byte value) throws SQLException {
        statement.setByte(name, value);
    }

    @Override
    public void setBytes(String name, byte[] value) throws SQLException {
        statement.setBytes(name, value);
    }

    @Override
    public void setCharacterStream(String name, Reader value) throws SQLException {
        statement.setCharacterStream(name, value);
    }

    @Override
    public void setCharacterStream(String name, Reader value, int length) throws SQLException {
        statement.setCharacterStream(name, value, length);
    }

    @Override
    public void setCharacterStream(String name, Reader value, long length) throws SQLException {
        statement.setCharacterStream(name, value, length);
    }

    @Override
    public void setClob(String name, Reader value) throws SQLException {
        statement.setClob(name, value);
    }

    @Override
    public void setClob(String name, Clob value) throws SQLException {
        statement.setClob(name, value);
    }

    @Override
    public void setClob(String name, Reader value, long length) throws SQLException {
        statement.setClob(name, value, length);
    }

    @Override
    public void setDate(String name, Date value) throws SQLException {
        statement.setDate(name, value);
    }

    @Override
    public void setDate(String name, Date value, Calendar calendar) throws SQLException {
        statement.setDate(name, value, calendar);
    }

    @Override
    public void setDouble(String name, double value) throws SQLException {
        statement.setDouble(name, value);
    }

    @Override
    public void setFloat(String name, float value) throws SQLException {
        statement.setFloat(name, value);
    }

    @Override
    public void setInt(String name, int value) throws SQLException {
        statement.setInt(name, value);
    }

    @Override
    public void setLong(String name, long value) throws SQLException {
        statement.setLong(name, value);
    }

    @Override
    public void setNCharacterStream(String name, Reader value) throws SQLException {
        statement.setNCharacterStream(name, value);
    }

    @Override
    public void setNCharacterStream(String name, Reader value, long length) throws SQLException {
        statement.setNCharacterStream(name, value, length);
    }

    @Override
    public void setNClob(String name, Reader value) throws SQLException {
        statement.setNClob(name, value);
    }

    @Override
    public void setNClob(String name, NClob value) throws SQLException {
        statement.setNClob(name, value);
    }

    @Override
    public void setNClob(String name, Reader value, long length) throws SQLException {
        statement.setNClob(name, value, length);
    }

    @Override
    public void setNString(String name, String value) throws SQLException {
        statement.setNString(name, value);
    }

    @Override
    public void setNull(String name, int value) throws SQLException {
        statement.setNull(name, value);
    }

    @Override
    public void setNull(String name, int value, String typeName) throws SQLException {
        statement.setNull(name, value, typeName);
    }

    @Override
    public void setObject(String name, Object value) throws SQLException {
        statement.setObject(name, value);
    }

    @Override
    public void setObject(String name, Object value, int length) throws SQLException {
        statement.setObject(name, value, length);
    }

    @Override
    public void setObject(String name, Object value, SQLType targetType) throws SQLException {
        statement.setObject(name, value, targetType);
    }

    @Override
    public void setObject(String name, Object value, int length, int scaleOrLength) throws SQLException {
        statement.setObject(name, value, length, scaleOrLength);
    }

    @Override
    public void setObject(String name, Object value, SQLType targetType, int scaleOrLength) throws SQLException {
        statement.setObject(name, value, targetType, scaleOrLength);
    }

    @Override
    public void setRowId(String name, RowId value) throws SQLException {
        statement.setRowId(name, value);
    }

    @Override
    public void setSQLXML(String name, SQLXML value) throws SQLException {
        statement.setSQLXML(name, value);
    }

    @Override
    public void setShort(String name, short value) throws SQLException {
        statement.setShort(name, value);
    }

    @Override
    public void setString(String name, String value) throws SQLException {
        statement.setString(name, value);
    }

    @Override
    public void setTime(String name, Time value) throws SQLException {
        statement.setTime(name, value);
    }

    @Override
    public void setTime(String name, Time value, Calendar calendar) throws SQLException {
        statement.setTime(name, value, calendar);
    }

    @Override
    public void setTimestamp(String name, Timestamp value) throws SQLException {
        statement.setTimestamp(name, value);
    }

    @Override
    public void setTimestamp(String name, Timestamp value, Calendar calendar) throws SQLException {
        statement.setTimestamp(name, value, calendar);
    }

    @Override
    public void setURL(String name, URL value) throws SQLException {
        statement.setURL(name, value);
    }

    @Override
    public boolean wasNull() throws SQLException {
        return statement.wasNull();
    }
}
