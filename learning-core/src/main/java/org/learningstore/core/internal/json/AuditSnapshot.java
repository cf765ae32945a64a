package org.learningstore.core.internal.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The stored shape of an audited entity, as a tree (see {@link org.learningstore.core.port.JsonCodec}):
 * a record becomes an object of its components in declaration order, an enum its name, an
 * instant, duration or id its ISO-8601 or canonical text, a set a sorted array.
 */
public final class AuditSnapshot {
    /** A record class's components, asked of reflection once per class rather than once per snapshot. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private AuditSnapshot() {
    }

    public static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Record record) {
            return components(record);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant || value instanceof Duration || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            var tree = new LinkedHashMap<String, Object>();
            map.forEach((key, member) -> tree.put(String.valueOf(key), of(member)));
            return tree;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> tree = new ArrayList<>();
            collection.forEach(element -> tree.add(of(element)));
            if (collection instanceof Set<?>) {
                // a set has no order of its own; sorting keeps the same entity's snapshot the same
                tree.sort(Comparator.comparing(String::valueOf));
            }
            return tree;
        }
        throw new IllegalStateException("no audit shape for " + value.getClass().getName());
    }

    private static Map<String, Object> components(Record record) {
        var tree = new LinkedHashMap<String, Object>();
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            try {
                tree.put(component.getName(), of(component.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("cannot read " + component, unreadable);
            }
        }
        return tree;
    }
}
