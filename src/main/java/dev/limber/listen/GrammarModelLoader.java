package dev.limber.listen;

import edu.cmu.sphinx.linguist.acoustic.tiedstate.Sphinx3Loader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;

/**
 * Sphinx4's loader of the en-us acoustic model, reading Limber's own model definition ({@code
 * sphinx/mdef}, made by {@code scripts/reduce-mdef.py}) instead of the model's: the model's lists
 * 137,053 triphones and Sphinx4 makes an HMM object for each (about 45 MB of heap), where the
 * grammar's words can use a few hundred. Everything else (means, variances, mixture weights) is the
 * model's own. Named in {@code sphinx.xml}; Sphinx4 makes it by reflection.
 */
public final class GrammarModelLoader extends Sphinx3Loader {
  static final String DEFINITION = "sphinx/mdef";

  @Override
  protected InputStream getDataStream(String path) throws IOException, URISyntaxException {
    if (!"mdef".equals(path)) {
      return super.getDataStream(path);
    }
    InputStream in = GrammarModelLoader.class.getResourceAsStream(DEFINITION);
    if (in == null) {
      throw new IOException("the speech model's definition is missing from the program");
    }
    return in;
  }
}
