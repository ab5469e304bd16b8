package io.watchfloor.app.wall.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The bundled alarm is a short, small WAV that javax.sound reads, and is what the generator makes. */
class BundledAlarmTest {
    @Test
    void theBundledAlarmIsAShortPcmWavMadeByTheGenerator() throws Exception {
        byte[] bytes;
        try (InputStream in = SampledClipPlayer.class.getResourceAsStream(SampledClipPlayer.ALARM_RESOURCE)) {
            assertThat(in).as(SampledClipPlayer.ALARM_RESOURCE + " on the classpath").isNotNull();
            bytes = in.readAllBytes();
        }
        assertThat(bytes.length).isLessThan(64 * 1024);
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(
                new BufferedInputStream(new java.io.ByteArrayInputStream(bytes)))) {
            AudioFormat f = audio.getFormat();
            assertThat(f.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            double seconds = audio.getFrameLength() / f.getFrameRate();
            assertThat(seconds).isBetween(0.5, 2.0);
            assertThat(audio.readAllBytes()).isEqualTo(AlarmSoundGenerator.synthesise());
        }
    }
}
