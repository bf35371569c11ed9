package org.rolloutsim.model;
import org.rolloutsim.output.*;
public class Debug {
  public static void main(String[] a) {
    var sc = a[0].equals("e") ? TestScenarios.enterprise(150,24).build() : TestScenarios.regional().build();
    RolloutModel m = new RolloutModel(sc, ModelOptions.DEFAULT);
    OutputSchema s = m.schema();
    RunOutput o = s.newRunOutput();
    var mx = java.lang.management.ManagementFactory.getThreadMXBean(); long t0 = mx.getCurrentThreadCpuTime();
    int n = Integer.parseInt(a[1]);
    for (int r = 0; r < n; r++) { o.reset(r); m.run(42, r, o); }
    System.out.println((n / ((mx.getCurrentThreadCpuTime() - t0) / 1e9)) + " runs/s");
  }
}
