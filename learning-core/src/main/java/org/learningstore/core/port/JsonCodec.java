package org.learningstore.core.port;

/** JSON, which core leaves to the adapters' JSON library. */
public interface JsonCodec {
    /** Whether {@code text} is well-formed JSON whose top level is an object. */
    boolean isObject(String text);

    /** JSON text of a record, list, map or scalar; instants as ISO-8601 strings. */
    String write(Object value);
}
