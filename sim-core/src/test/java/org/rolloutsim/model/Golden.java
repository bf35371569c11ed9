package org.rolloutsim.model;
import org.rolloutsim.output.*;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.*;
import static org.rolloutsim.model.TestScenarios.c;
public class Golden {
  public static void main(String[] a) {
    Risk r1 = new Risk("vendor-upgrade", "", c(0.6), 40, 120, null, new Risk.Impact(new Distribution.Triangular(2, 4, 12), c(3e6), c(0.1), c(300), c(5)), new Risk.Mitigation(c(0.2), null, c(1e6)));
    Risk r2 = new Risk("site-fire", "", c(0.5), 60, 200, new Risk.Scope(Risk.Scope.Kind.SITE, "lakeside"), new Risk.Impact(c(6), null, null, c(100), null), null);
    Scenario[] scs = {TestScenarios.regional().risk(r1).risk(r2).build(), TestScenarios.regional().bigBang(170).wellness(40).build(),
      TestScenarios.regional().policy(TimelinePolicy.FIXED_DATE).practices(78, 1, 3, 12).commandCentre(3, 2, 0.5).build(),
      TestScenarios.regional().policy(TimelinePolicy.SLIP_UNTIL_READY).approval(0.8).embedding(false).build(),
      TestScenarios.enterprise(150, 24).build()};
    for (Scenario sc : scs) for (boolean mit : new boolean[]{false, true}) {
      RolloutModel m = new RolloutModel(sc, new ModelOptions(mit));
      OutputSchema s = m.schema(); RunOutput o = s.newRunOutput(); long h = 1;
      for (int r = 0; r < 150; r++) { o.reset(r); m.run(3, r, o);
        for (int i = 0; i < s.scalarCount(); i++) h = h * 31 + Double.doubleToLongBits(o.get(i));
        for (int k = 0; k < s.seriesCount(); k++) for (int w = 0; w < o.weeks(); w++) h = h * 31 + Float.floatToIntBits(o.series(k, w)); }
      System.out.println(Long.toHexString(h));
    }
  }
}
