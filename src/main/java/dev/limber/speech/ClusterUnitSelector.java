package dev.limber.speech;

import com.sun.speech.freetts.FeatureSet;
import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Unit;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.diphone.Diphone;
import com.sun.speech.freetts.diphone.DiphoneUnitSelector;
import com.sun.speech.freetts.relp.Sample;
import java.util.Map;

/**
 * FreeTTS's diphone selection, with flite's rule for consonant clusters: where a consonant is
 * followed by another of the same syllable ("s t r" in "stretch", "s t" in "rest"), flite says the
 * pair with a diphone recorded inside a cluster ("s_-_t") rather than the one between words
 * ("s-t"). FreeTTS skips the rule (and its database the diphones), and its "str", "pl", "br", "kw"
 * and "tw" are what a recognizer most often mishears in step names.
 */
final class ClusterUnitSelector implements UtteranceProcessor {
  private final DiphoneUnitSelector plain;
  private final Map<String, Diphone> clusters;

  ClusterUnitSelector(DiphoneUnitSelector plain, Map<String, Diphone> clusters) {
    this.plain = plain;
    this.clusters = clusters;
  }

  @Override
  public void processUtterance(Utterance utterance) throws ProcessException {
    plain.processUtterance(utterance);
    // FreeTTS appends two units per pair of neighbouring segments: the diphone's halves, in order
    Item unit = utterance.getRelation("Unit").getHead();
    Item s0 = utterance.getRelation("Segment").getHead();
    while (s0 != null && s0.getNext() != null && unit != null && unit.getNext() != null) {
      Diphone cluster = clusters.get(clusterName(s0));
      if (cluster != null) {
        replace(unit, cluster, 1);
        replace(unit.getNext(), cluster, 2);
      }
      unit = unit.getNext().getNext();
      s0 = s0.getNext();
    }
  }

  /** flite's name for the diphone from {@code s0} to its successor inside a cluster, or null. */
  static String clusterName(Item s0) {
    boolean clustered =
        "-".equals(s0.findFeature("ph_vc")) && "-".equals(s0.findFeature("R:SylStructure.n.ph_vc"));
    return clustered
        ? s0.getFeatures().getString("name") + "_-_" + s0.getNext().getFeatures().getString("name")
        : null;
  }

  private static void replace(Item unit, Diphone diphone, int half) {
    FeatureSet features = unit.getFeatures();
    features.setString("name", diphone.getName());
    features.setObject("unit", new Half(diphone, half));
  }

  /**
   * One half of a diphone as FreeTTS's concatenator takes it (FreeTTS's own is package-private).
   */
  private record Half(Diphone diphone, int half) implements Unit {
    @Override
    public String getName() {
      return diphone.getName();
    }

    @Override
    public int getSize() {
      return diphone.getUnitSize(half);
    }

    @Override
    public Sample getNearestSample(float index) {
      return diphone.nearestSample(index, half);
    }

    @Override
    public void dump() {}
  }
}
