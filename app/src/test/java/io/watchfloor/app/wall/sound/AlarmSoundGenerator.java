package io.watchfloor.app.wall.sound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Synthesises the wall's alarm, {@code assets/sounds/critical.wav}: two bell-like tones, high then low
 * (988 Hz, B5, then 740 Hz, F#5), played twice, about 1.3 s of 16 kHz 16-bit mono, with an inharmonic partial
 * and an exponential decay so that it cuts through a room without a harsh square-wave buzz. Not a test: run it
 * by hand from the test classpath, {@code AlarmSoundGenerator [out.wav]}, and commit the file.
 */
public final class AlarmSoundGenerator {
    static final float RATE = 16_000f;
    private static final double[][] NOTES = {{988, 0.0}, {740, 0.30}, {988, 0.66}, {740, 0.96}};
    private static final double LENGTH = 1.34;

    private AlarmSoundGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/sounds/critical.wav");
        Files.createDirectories(out.toAbsolutePath().getParent());
        byte[] pcm = synthesise();
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out.toFile());
        }
        System.out.println(out.toAbsolutePath() + " " + Files.size(out) + " bytes");
    }

    /** Little-endian signed 16-bit samples. */
    static byte[] synthesise() {
        int n = (int) (LENGTH * RATE);
        double[] mix = new double[n];
        for (double[] note : NOTES) {
            int start = (int) (note[1] * RATE);
            for (int i = start; i < n; i++) {
                double t = (i - start) / RATE;
                double attack = Math.min(1, t / 0.004);
                double body = Math.exp(-t * 6.5);
                double tone = Math.sin(2 * Math.PI * note[0] * t) + 0.45 * Math.sin(2 * Math.PI * note[0] * 2.0 * t)
                        * Math.exp(-t * 9) + 0.25 * Math.sin(2 * Math.PI * note[0] * 2.76 * t) * Math.exp(-t * 14);
                mix[i] += attack * body * tone;
            }
        }
        double peak = 0;
        for (double v : mix) {
            peak = Math.max(peak, Math.abs(v));
        }
        byte[] pcm = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            double fadeOut = Math.min(1, (n - i) / (0.02 * RATE));
            int s = (int) Math.round(mix[i] / peak * 0.85 * fadeOut * Short.MAX_VALUE);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }
}
