package io.watchfloor.app.wall.sound;

import io.watchfloor.app.fx.FxBoardBridge;
import io.watchfloor.app.wall.config.SoundSpec;
import io.watchfloor.core.BoardState;
import io.watchfloor.engine.BoardFeed;
import java.time.Clock;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/**
 * FX Application Thread only: create, use and close it there. The wall's alarm, one per process however many
 * screens it drives: it follows the feed (through an {@link FxBoardBridge}) and a 1-second timeline, asks its
 * {@link SoundSchedule} whether to sound, and hands the playing to a {@link ClipPlayer}, which never blocks this
 * thread. {@link #mutedProperty()} is what {@code --mute} and the M key set.
 */
public final class AlarmSound implements AutoCloseable {
    private final Clock clock;
    private final SoundSchedule schedule;
    private final ClipPlayer player;
    private final BooleanProperty muted = new SimpleBooleanProperty(this, "muted");
    private final Timeline ticker;
    private final FxBoardBridge bridge;
    private int played;

    /**
     * Starts following {@code feed}.
     *
     * @param feed   the board
     * @param clock  the wall's clock (its zone reads the quiet hours)
     * @param spec   the config's sound settings
     * @param player who plays the sound
     * @param mute   whether it starts muted
     */
    public AlarmSound(BoardFeed feed, Clock clock, SoundSpec spec, ClipPlayer player, boolean mute) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedule = new SoundSchedule(spec, clock.getZone());
        this.player = Objects.requireNonNull(player, "player");
        muted.set(mute);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        bridge = FxBoardBridge.connect(Objects.requireNonNull(feed, "feed"), this::update);
    }

    /** The wall's alarm with the bundled sound. */
    public static AlarmSound withBundledSound(BoardFeed feed, Clock clock, SoundSpec spec, boolean mute) {
        return new AlarmSound(feed, clock, spec, new SampledClipPlayer(SampledClipPlayer.ALARM_RESOURCE), mute);
    }

    private void update(BoardState board) {
        if (schedule.update(board, clock.instant(), muted.get())) {
            play();
        }
    }

    /** One tick of the 1-second timeline: a repeat may be due. */
    void tick() {
        if (schedule.tick(clock.instant(), muted.get())) {
            play();
        }
    }

    private void play() {
        played++;
        player.play();
    }

    /** Whether the alarm is muted (by {@code --mute} or the M key). */
    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** How many times the alarm was started. */
    public int timesPlayed() {
        return played;
    }

    /** Unsubscribes, stops the timeline and the player. Idempotent. */
    @Override
    public void close() {
        bridge.close();
        ticker.stop();
        player.close();
    }
}
