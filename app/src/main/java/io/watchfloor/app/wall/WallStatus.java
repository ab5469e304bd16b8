package io.watchfloor.app.wall;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * FX-thread confined. What one screen says about itself in every page's header: which page of how many shows,
 * whether rotation is paused or the alarm muted, and the alarm line while a critical holds the rotation.
 * {@link WallView} writes it; the headers bind to it.
 */
final class WallStatus {
    /** "OVERVIEW · 2/3", empty with a single page. */
    final StringProperty page = new SimpleStringProperty(this, "page", "");
    /** Rotation paused by hand. */
    final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    /** The alarm sound muted. */
    final BooleanProperty muted = new SimpleBooleanProperty(this, "muted");
    /** "NEW CRITICAL · CheckoutErrorRate on checkout · unacknowledged for 2m13s ..."; empty when none. */
    final StringProperty alarm = new SimpleStringProperty(this, "alarm", "");
}
