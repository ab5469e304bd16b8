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
 * <p>The ring region is made the first time its host flashes: most hosts (a hundred service cells) never do, and
 * a ring in each would be a hundred more nodes for every CSS pass and render traversal of the grid. It is
 * unmanaged (it never changes its host's size or layout) and ignores the mouse.
 */
final class FlashRing {
    static final String STYLE_CLASS = "wf-flash-ring";
    private static final String KEY = "wf-flash-ring";

    /** The ring of one host; its region exists once it has flashed. */
    private static final class Ring {
        private final Pane host;
        private Region region;

        Ring(Pane host) {
            this.host = host;
        }

        void set(boolean on) {
            if (on == isOn()) {
                return;
            }
            if (region == null) {
                region = new Region();
                region.getStyleClass().add(STYLE_CLASS);
                region.setManaged(false);
                region.setMouseTransparent(true);
                region.setOpacity(0);
                host.getChildren().add(region);
                fit();
            }
            region.setOpacity(on ? 1 : 0);
        }

        void fit() {
            if (region != null) {
                region.resizeRelocate(0, 0, host.getLayoutBounds().getWidth(), host.getLayoutBounds().getHeight());
            }
        }

        boolean isOn() {
            return region != null && region.getOpacity() > 0;
        }
    }

    private FlashRing() {
    }

    /** Gives {@code host} a ring over it, off, following its size; the host then {@linkplain #set flashes}. */
    static void attach(Pane host) {
        attach(host, host);
    }

    /** Gives {@code owner} a ring over {@code host}, which fills it, off; {@code owner} then {@linkplain #set flashes}. */
    static void attach(Node owner, Pane host) {
        Ring ring = new Ring(host);
        host.layoutBoundsProperty().addListener((o, was, now) -> ring.fit());
        owner.getProperties().put(KEY, ring);
    }

    private static Optional<Ring> of(Node node) {
        Object ring = node.getProperties().get(KEY);
        return ring instanceof Ring r ? Optional.of(r) : Optional.empty();
    }

    /** Shows or hides the ring of {@code node}; a node without one is left alone. Returns whether it has one. */
    static boolean set(Node node, boolean on) {
        Optional<Ring> ring = of(node);
        ring.ifPresent(r -> r.set(on));
        return ring.isPresent();
    }

    /** Whether the ring of {@code node} is showing. */
    static boolean isOn(Node node) {
        return of(node).map(Ring::isOn).orElse(false);
    }
}
