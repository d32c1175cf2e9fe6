package io.factline.facts;

/** Sample statistics (n−1 denominators) over arrays; callers guarantee at least two values. */
final class Stats {

    private Stats() {
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) sum += v;
        return sum / x.length;
    }

    static double sampleStdDev(double[] x) {
        return Math.sqrt(sampleCovariance(x, x));
    }

    static double sampleCovariance(double[] x, double[] y) {
        double mx = mean(x), my = mean(y), sum = 0;
        for (int i = 0; i < x.length; i++) sum += (x[i] - mx) * (y[i] - my);
        return sum / (x.length - 1);
    }
}
