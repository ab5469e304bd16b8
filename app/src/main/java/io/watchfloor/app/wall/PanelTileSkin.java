package io.watchfloor.app.wall;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.skins.TileSkin;
import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * FX-thread confined. A TilesFX tile skin for the wall's own panels: the tile's background and border as TilesFX
 * paints them, a header (icon, title, summary from the tile's {@code text}) styled by the theme, and the tile's
 * graphic filling the rest at any size. Unlike the stock CUSTOM skin it neither squares the tile nor scales
 * its title with the tile's smaller side, so every panel's header has the same size and all content can
 * use the theme's em-based sizes. The icon literal is read from the tile's properties under {@link #ICON}, an
 * optional badge node (the age of the tile's data) under {@link #BADGE}.
 */
final class PanelTileSkin extends TileSkin {
    /** Key in {@link Tile#getProperties()} of the header icon's Ikonli literal. */
    static final String ICON = "wf-icon";
    /** Key in {@link Tile#getProperties()} of an optional header node shown before the summary (a data age). */
    static final String BADGE = "wf-header-badge";

    private BorderPane frame;
    private Label title;
    private Rectangle clip;
    private ChangeListener<Node> graphicListener;

    PanelTileSkin(Tile tile) {
        super(tile);
    }

    @Override
    protected void initGraphics() {
        super.initGraphics();
        Tile tile = getSkinnable();
        title = new Label();
        title.getStyleClass().add("wf-tile-title");
        title.textProperty().bind(tile.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.getStyleClass().add("wf-tile-summary");
        summary.setId(tile.getId() == null ? null : tile.getId() + "-summary");
        summary.textProperty().bind(tile.textProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox();
        Object icon = tile.getProperties().get(ICON);
        if (icon instanceof String) {
            header.getChildren().add(WallIcons.icon((String) icon, "wf-tile-icon"));
        }
        header.getChildren().addAll(title, spacer, summary);
        showBadge(header, tile.getProperties().get(BADGE));
        // the factory may hand the badge over after the skin exists
        tile.getProperties().addListener((MapChangeListener<Object, Object>) c -> {
            if (BADGE.equals(c.getKey()) && c.wasAdded()) {
                showBadge(header, c.getValueAdded());
            }
        });
        header.getStyleClass().add("wf-tile-header");

        frame = new BorderPane();
        frame.getStyleClass().add("wf-tile-frame");
        frame.setTop(header);
        Node content = tile.getGraphic();
        if (content != null) {
            frame.setCenter(content);
        }
        clip = new Rectangle();
        frame.setClip(clip);
        // The skin's pane is a plain Pane, which would size a managed child to its preferred size.
        frame.setManaged(false);
        getPane().getChildren().add(frame);
        FlashRing.attach(tile, getPane());
    }

    /** Puts the badge just before the summary, once. */
    private static void showBadge(HBox header, Object badge) {
        if (badge instanceof Node && !header.getChildren().contains(badge)) {
            header.getChildren().add(header.getChildren().size() - 1, (Node) badge);
        }
    }

    @Override
    protected void registerListeners() {
        super.registerListeners();
        graphicListener = (o, old, now) -> frame.setCenter(now);
        getSkinnable().graphicProperty().addListener(graphicListener);
    }

    @Override
    public void dispose() {
        getSkinnable().graphicProperty().removeListener(graphicListener);
        title.textProperty().unbind();
        super.dispose();
    }

    @Override
    protected void resize() {
        Tile tile = getSkinnable();
        Insets in = tile.getInsets();
        width = tile.getWidth() - in.getLeft() - in.getRight();
        height = tile.getHeight() - in.getTop() - in.getBottom();
        size = Math.min(width, height);
        tile.requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        pane.resizeRelocate(x, y, w, h);
        frame.resizeRelocate(0, 0, w, h);
        clip.setWidth(w);
        clip.setHeight(h);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return PREFERRED_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return PREFERRED_HEIGHT;
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return Double.MAX_VALUE;
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return Double.MAX_VALUE;
    }
}
