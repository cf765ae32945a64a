package org.learningstore.core.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.learningstore.core.port.HealthProbe;
import org.learningstore.core.report.StoreHealth;
import org.learningstore.core.internal.work.UnitsOfWork;

/** The health check: never throws, whatever state the store or its database is in. */
public final class HealthCheck {
    private static final Comparator<int[]> VERSION_ORDER = Arrays::compare;

    private final UnitsOfWork units;
    private final HealthProbe probe;

    public HealthCheck(UnitsOfWork units, HealthProbe probe) {
        this.units = units;
        this.probe = probe;
    }

    public StoreHealth check() {
        try {
            return new StoreHealth(probe.backend(), true, highest(units.read(probe::appliedVersions)));
        } catch (RuntimeException unavailable) {
            return new StoreHealth(probe.backend(), false, null);
        }
    }

    /** The highest of dotted versions ("5" above "1.1"), compared part by part as numbers. */
    static String highest(List<String> versions) {
        return versions.stream()
                .max(Comparator.comparing(HealthCheck::parts, VERSION_ORDER))
                .orElse(null);
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
