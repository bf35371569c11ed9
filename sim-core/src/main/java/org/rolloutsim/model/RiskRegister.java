package org.rolloutsim.model;

import static org.rolloutsim.model.InputLayout.RISK_COST;
import static org.rolloutsim.model.InputLayout.RISK_DEFECTS;
import static org.rolloutsim.model.InputLayout.RISK_DELAY;
import static org.rolloutsim.model.InputLayout.RISK_FATIGUE;
import static org.rolloutsim.model.InputLayout.RISK_FIELDS;
import static org.rolloutsim.model.InputLayout.RISK_LEAVERS;
import static org.rolloutsim.model.InputLayout.RISK_MITIGATION_COST;
import static org.rolloutsim.model.InputLayout.RISK_PROBABILITY;

import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.random.RandomStream;

/**
 * The risk register of one run (MODEL.md 2.6, 7): which risks occur and when, and the size of each
 * impact, with the pre- or post-mitigation values the run options chose (already in the run's
 * inputs). Each risk draws from its own source {@code risks/<id>}.
 */
final class RiskRegister {
    private final ProgrammeLayout layout;
    private final double[] inputs;
    private final int base;

    RiskRegister(ProgrammeLayout layout, double[] inputs, int riskBase) {
        this.layout = layout;
        this.inputs = inputs;
        this.base = riskBase;
    }

    int size() {
        return layout.riskIds.length;
    }

    /**
     * Pays every mitigation and schedules each risk that occurs: at most once, at a uniform week of
     * its window. Both numbers are always drawn, so occurrence and timing keep their place in the
     * stream whatever the probability.
     */
    void draw(long seed, int runIndex, EventCalendar calendar, int eventKind, CostLedger ledger) {
        for (int i = 0; i < size(); i++) {
            ledger.charge(CostCategory.MITIGATION, value(i, RISK_MITIGATION_COST));
            RandomStream stream = RandomStream.ofSource(seed, runIndex, layout.riskSources[i]);
            boolean occurs = stream.bernoulli(value(i, RISK_PROBABILITY));
            int week = stream.nextIntInclusive(layout.riskFrom[i], layout.riskTo[i]);
            if (occurs && week < layout.horizon) {
                calendar.schedule(week, eventKind, i);
            }
        }
    }

    /** Waves risk {@code i} can hit, or {@code null} for the whole programme. */
    int[] waves(int i) {
        return layout.riskWaves[i];
    }

    int delayWeeks(int i) {
        return (int) Math.round(value(i, RISK_DELAY));
    }

    long defects(int i) {
        return Math.round(value(i, RISK_DEFECTS));
    }

    double fatigue(int i) {
        return value(i, RISK_FATIGUE);
    }

    int leavers(int i) {
        return (int) Math.round(value(i, RISK_LEAVERS));
    }

    double cost(int i) {
        return value(i, RISK_COST);
    }

    private double value(int i, int field) {
        return inputs[base + RISK_FIELDS * i + field];
    }
}
