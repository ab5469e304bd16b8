package io.watchfloor.app.wall;

import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.core.BoardState;
import java.util.List;
import java.util.Objects;

/**
 * Immutable, made on any thread: one snapshot as a wall's pages show it, each page's share of it digested
 * ({@link BoardDigest}). The wall makes frames off the FX thread and applies the newest one there.
 *
 * @param board the whole snapshot (the rotation looks at all of it)
 * @param pages one digest per page, in the wall's page order, of the board through that page's filter
 * @param criticals the critical alerts that need attention, with the page that shows each, for the rotation
 */
record WallFrame(BoardState board, List<BoardDigest> pages, List<PageRotation.Critical> criticals) {

    WallFrame {
        Objects.requireNonNull(board, "board");
        pages = List.copyOf(pages);
        criticals = List.copyOf(criticals);
    }

    /** Digests {@code board} for each of {@code pages}, and finds the alerts that may hold the rotation. */
    static WallFrame of(BoardState board, List<PageSpec> pages) {
        return new WallFrame(board, pages.stream().map(p -> BoardDigest.of(p.filter().apply(board), p)).toList(),
                PageRotation.criticals(board, pages));
    }
}
