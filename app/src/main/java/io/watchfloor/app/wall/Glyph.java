package io.watchfloor.app.wall;

import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * FX-thread confined. An Ikonli font icon sized by the theme: the icon is this label's graphic and follows the
 * label's font size, which the stylesheet sets in em ({@code .wf-sev-row .wf-glyph { -fx-font-size: 2em; }}).
 * (An em {@code -fx-icon-size} on the icon itself would be relative to the icon's own font, which the icon
 * size sets: it grows with every CSS pass.) The icon keeps the style class {@code wf-icon} for its colour.
 */
final class Glyph extends Label {
    private final FontIcon icon = new FontIcon();

    Glyph(String literal) {
        getStyleClass().add("wf-glyph");
        icon.getStyleClass().add("wf-icon");
        icon.setIconLiteral(literal);
        // Not a binding: FontIcon itself also sets its size when CSS hands it an (inherited) font.
        fontProperty().addListener((o, old, font) -> icon.setIconSize((int) Math.round(font.getSize())));
        icon.setIconSize((int) Math.round(getFont().getSize()));
        setGraphic(icon);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /** Shows another icon of the same size. */
    void setIcon(String literal) {
        if (!literal.equals(icon.getIconLiteral())) {
            icon.setIconLiteral(literal);
        }
    }

    String iconLiteral() {
        return icon.getIconLiteral();
    }
}
