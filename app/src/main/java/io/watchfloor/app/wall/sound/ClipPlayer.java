package io.watchfloor.app.wall.sound;

/**
 * Plays the alarm sound. {@link #play()} is called on the FX Application Thread and must return at once: an
 * implementation plays on a thread of its own and drops a request while it is still playing.
 */
public interface ClipPlayer extends AutoCloseable {
    /** Starts playing the sound unless it is already playing; never blocks. */
    void play();

    /** Stops the player's thread. Idempotent. */
    @Override
    void close();
}
