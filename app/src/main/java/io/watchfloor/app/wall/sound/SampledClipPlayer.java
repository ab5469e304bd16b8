package io.watchfloor.app.wall.sound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a bundled WAV through {@code javax.sound.sampled} on one named daemon thread, {@code wf-sound}: the FX
 * thread only hands it a request. A request while the sound still plays is dropped. A machine without an audio
 * device logs one warning and stays silent; the wall carries on. Thread rule: {@link #play} and {@link #close}
 * from any thread.
 *
 * <p>(JavaFX's {@code AudioClip} would do too, but {@code javafx-media} is only on the runtime classpath of the
 * app, through TilesFX, not on its compile classpath.)
 */
public final class SampledClipPlayer implements ClipPlayer {
    /** The bundled alarm: a short two-tone chime, generated (see docs/wall.md). */
    public static final String ALARM_RESOURCE = "/assets/sounds/critical.wav";
    private static final Logger LOG = LoggerFactory.getLogger(SampledClipPlayer.class);

    private final String resource;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wf-sound");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean playing = new AtomicBoolean();
    private final AtomicBoolean warned = new AtomicBoolean();
    private byte[] wav; // wf-sound thread only

    /** A player of the classpath resource {@code resource} (read on first play, on the player's thread). */
    public SampledClipPlayer(String resource) {
        this.resource = Objects.requireNonNull(resource, "resource");
    }

    @Override
    public void play() {
        if (!playing.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(this::playNow);
        } catch (RejectedExecutionException closed) {
            playing.set(false);
        }
    }

    private void playNow() {
        try {
            if (wav == null) {
                wav = load();
            }
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav));
                 Clip clip = AudioSystem.getClip()) {
                CountDownLatch done = new CountDownLatch(1);
                clip.addLineListener(e -> {
                    if (e.getType() == LineEvent.Type.STOP) {
                        done.countDown();
                    }
                });
                clip.open(in);
                clip.start();
                long millis = Math.max(100, clip.getMicrosecondLength() / 1000) + 1000;
                done.await(millis, TimeUnit.MILLISECONDS);
            }
        } catch (LineUnavailableException | UnsupportedAudioFileException | IOException | IllegalArgumentException
                 | SecurityException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("cannot play the alarm sound ({}); the wall stays silent: {}", resource, e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            playing.set(false);
        }
    }

    private byte[] load() throws IOException {
        try (InputStream in = SampledClipPlayer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sound " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
