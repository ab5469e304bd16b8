package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.Freshness;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * FX-thread confined. The age of a tile's data in its header ("snow data 4m12s old"), shown only while a source
 * feeding the tile is not live, with the freshness icon and colour ({@code wf-fresh-stale}, ...), so that a
 * tile never silently shows old data as if it were current. The label's id is {@code <tile id>-age}.
 */
final class DataAgeBadge extends HBox {
    private final Glyph icon = WallIcons.icon(WallIcons.freshness(Freshness.STALE));
    private final Label text = new Label();

    DataAgeBadge(String tileId, ObservableValue<Optional<DataAge>> age) {
        getStyleClass().add("wf-age-badge");
        text.setId(tileId + "-age");
        text.getStyleClass().add("wf-age-text");
        setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(icon, text);
        age.addListener((o, old, now) -> show(now));
        show(age.getValue());
    }

    private void show(Optional<DataAge> age) {
        setVisible(age.isPresent());
        setManaged(age.isPresent());
        age.ifPresent(a -> {
            text.setText(a.text());
            icon.setIcon(WallIcons.freshness(a.freshness()));
            StyleClassSwitch.select(this, "wf-fresh-", a.freshness().name().toLowerCase(Locale.ROOT));
        });
    }
}
