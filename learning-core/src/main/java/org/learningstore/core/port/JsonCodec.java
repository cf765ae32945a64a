package org.learningstore.core.port;

/**
 * JSON text to a tree and back, which core leaves to the adapters' JSON library; the rules for
 * what may be stored live in core over the tree. A tree is made of {@code Map<String, Object>}
 * (keys in document order), {@code List<Object>}, {@code String}, {@code Number}
 * ({@code BigDecimal} for numbers with a fraction or exponent), {@code Boolean} and {@code null}.
 */
public interface JsonCodec {
    /**
     * The tree of one JSON document.
     *
     * @throws MalformedJsonException when {@code text} is not one well-formed JSON document
     */
    Object parse(String text);

    /** Compact JSON text of a tree. */
    String print(Object tree);

    /** Text that is not one well-formed JSON document; the message says what is wrong, without the text. */
    final class MalformedJsonException extends RuntimeException {
        public MalformedJsonException(String problem, Throwable cause) {
            super(problem, cause);
        }
    }
}
