package io.watchfloor.app.wall;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * FX-thread confined. The ring a node flashes with while a critical holds the rotation: a border-only region
 * styled once by the theme ({@code .wf-flash-ring}, under the host's own classes), laid over the whole host and
 * switched on and off by its opacity alone. Changing a node's opacity only repaints it; switching a style class
 * instead would re-apply CSS to the host and everything under it twice a second (a whole tile of cells).
 *
 * <p>The ring is unmanaged (it never changes its host's size or layout) and ignores the mouse.
 */
final class FlashRing {
    static final String STYLE_CLASS = "wf-flash-ring";
    private static final String KEY = "wf-flash-ring";

    private FlashRing() {
    }

    /** Lays a ring over {@code host}, off, following its size; the host then {@linkplain #set flashes}. */
    static Region attach(Pane host) {
        return attach(host, host);
    }

    /** Lays a ring over {@code host}, which fills {@code owner}; {@code owner} then {@linkplain #set flashes}. */
    static Region attach(Node owner, Pane host) {
        Region ring = new Region();
        ring.getStyleClass().add(STYLE_CLASS);
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        ring.setOpacity(0);
        host.layoutBoundsProperty().addListener((o, was, now) -> ring.resizeRelocate(0, 0, now.getWidth(),
                now.getHeight()));
        host.getChildren().add(ring);
        owner.getProperties().put(KEY, ring);
        return ring;
    }

    /** The ring of {@code node}, if it has one. */
    static Optional<Region> of(Node node) {
        Object ring = node.getProperties().get(KEY);
        return ring instanceof Region r ? Optional.of(r) : Optional.empty();
    }

    /** Shows or hides the ring of {@code node}; a node without one is left alone. Returns whether it has one. */
    static boolean set(Node node, boolean on) {
        Optional<Region> ring = of(node);
        double opacity = on ? 1 : 0;
        ring.filter(r -> r.getOpacity() != opacity).ifPresent(r -> r.setOpacity(opacity));
        return ring.isPresent();
    }

    /** Whether the ring of {@code node} is showing. */
    static boolean isOn(Node node) {
        return of(node).map(r -> r.getOpacity() > 0).orElse(false);
    }
}
