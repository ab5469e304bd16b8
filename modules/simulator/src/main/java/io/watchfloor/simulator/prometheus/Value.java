package io.watchfloor.simulator.prometheus;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A PromQL result: scalar, instant vector or range vector (matrix). Immutable. */
sealed interface Value {

    record Scalar(double value) implements Value {
    }

    /** One element of an instant vector. */
    record Point(SortedMap<String, String> labels, double value) {
        public Point {
            labels = new TreeMap<>(labels);
        }
    }

    record Vector(List<Point> points) implements Value {
        public Vector {
            points = List.copyOf(points);
        }
    }

    /** One series of a range vector. */
    record Curve(SortedMap<String, String> labels, List<ProbeSamples.Sample> samples) {
        public Curve {
            labels = new TreeMap<>(labels);
            samples = List.copyOf(samples);
        }
    }

    record Matrix(List<Curve> curves) implements Value {
        public Matrix {
            curves = List.copyOf(curves);
        }
    }
}
