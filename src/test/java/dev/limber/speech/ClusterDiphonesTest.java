package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.sun.speech.freetts.diphone.Diphone;
import com.sun.speech.freetts.relp.Sample;
import com.sun.speech.freetts.relp.SampleInfo;
import com.sun.speech.freetts.util.WaveUtils;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterDiphonesTest {
  /** FreeTTS's kal16 database says this of itself. */
  static final SampleInfo KEVIN16 = new SampleInfo(16000, 16, 1, -7.99263f, 15.82262f, 0f);

  @Test
  void theBundledClustersAreFlitesThirtyNineWithBothHalves() {
    Map<String, Diphone> clusters = ClusterDiphones.load(KEVIN16);

    assertThat(clusters).hasSize(39).containsKeys("s_-_t", "t_-_r", "p_-_l", "b_-_r", "k_-_w");
    for (Diphone d : clusters.values()) {
      assertThat(d.getUnitSize(1)).as(d.getName()).isPositive();
      assertThat(d.getUnitSize(2)).as(d.getName()).isPositive();
      for (Sample s : d.getSamples()) {
        assertThat(s.getFrameData()).hasSize(16);
        assertThat(s.getResidualSize()).isEqualTo(s.getResidualData().length).isPositive();
      }
    }
  }

  @Test
  void aCoefficientInFreeTtsQuantisationComesBackAsItWas() {
    for (int q = Short.MIN_VALUE; q <= Short.MAX_VALUE; q += 997) {
      double value = (q + 32768.0) / 65535 * KEVIN16.getCoeffRange() + KEVIN16.getCoeffMin();
      assertThat(ClusterDiphones.coefficient(value, KEVIN16)).isEqualTo((short) q);
    }
    assertThat(ClusterDiphones.coefficient(100, KEVIN16)).isEqualTo(Short.MAX_VALUE);
  }

  @Test
  void aResidualIsMadeAsLoudAsFreeTtsOwnAndNeverUsesTheCodeFreeTtsReadsAsSilence() {
    for (int code = 0; code < 256; code++) {
      short flite = WaveUtils.ulawToShort((short) code);
      byte converted = ClusterDiphones.residual(new byte[] {(byte) code})[0];
      // FreeTTS decodes a stored byte b as the mu-law code b + 128
      short freetts = WaveUtils.ulawToShort((short) (converted + 128));

      assertThat(converted).isNotZero();
      if (Math.abs(flite) < 16_000) {
        assertThat((double) freetts)
            .as("code %d", code)
            .isCloseTo(flite * ClusterDiphones.RESIDUAL_GAIN, offset(Math.abs(flite) * 0.07 + 8));
      }
    }
  }
}
