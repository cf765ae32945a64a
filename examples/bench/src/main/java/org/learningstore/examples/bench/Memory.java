package org.learningstore.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** This JVM's heap high-water mark: the sum of every heap pool's peak since the JVM started (Maven's own share included). */
final class Memory {
    private Memory() {
    }

    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    static String megabytes(long bytes) {
        return bytes <= 0 ? "?" : Long.toString(bytes / (1024 * 1024));
    }

    static String maxHeap() {
        return megabytes(Runtime.getRuntime().maxMemory());
    }
}
