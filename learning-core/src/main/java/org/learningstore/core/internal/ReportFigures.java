package org.learningstore.core.internal;

/** The rounding every report uses, so each figure is the same on every backend. */
final class ReportFigures {
    private ReportFigures() {
    }

    /** {@code part} of {@code whole} in percent to two decimals; 0 when whole is 0. */
    static double percent(double part, double whole) {
        return whole == 0 ? 0 : twoDecimals(part * 100 / whole);
    }

    static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double fourDecimals(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
