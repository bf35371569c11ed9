package org.rolloutsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * How the roll-out is cut into waves (MODEL.md 2.4). Waves made by {@link BigBang} and
 * {@link Phased} are named {@code w1}, {@code w2}, ... in go-live order.
 */
public sealed interface Strategy {
    int DEFAULT_MIN_GAP_WEEKS = 8;

    /** Two go-lives are never planned closer than this many weeks. */
    int minGapWeeks();

    /**
     * The last go-live the strategy plans, as written with {@code minGapWeeks} kept (later waves
     * pushed back), before go-lives move to windows: where the planned roll-out ends.
     */
    int lastPlannedGoLiveWeek();

    /** One wave: every site, every module. */
    record BigBang(int goLiveWeek, int minGapWeeks) implements Strategy {
        public BigBang {
            requireWeek(goLiveWeek, "goLiveWeek");
        }

        @Override
        public int lastPlannedGoLiveWeek() {
            return goLiveWeek;
        }
    }

    /**
     * Sites sorted by {@code order} and cut into {@code waves} contiguous groups of near-equal users;
     * wave k (from 0) goes live at {@code firstGoLiveWeek + k * spacingWeeks}.
     */
    record Phased(int waves, int firstGoLiveWeek, int spacingWeeks, SiteOrder order, int minGapWeeks)
            implements Strategy {
        public Phased {
            if (waves < 1) {
                throw new IllegalArgumentException("phased strategy needs waves >= 1");
            }
            requireWeek(firstGoLiveWeek, "firstGoLiveWeek");
            if (spacingWeeks < 0) {
                throw new IllegalArgumentException("spacingWeeks must be >= 0");
            }
            order = order == null ? SiteOrder.LISTED : order;
        }

        @Override
        public int lastPlannedGoLiveWeek() {
            return (int) Math.min(Integer.MAX_VALUE,
                    firstGoLiveWeek + (waves - 1L) * Math.max(spacingWeeks, minGapWeeks));
        }
    }

    /** Explicit waves, which may also phase scope (each wave names its modules). */
    record ExplicitWaves(List<WaveSpec> waves, int minGapWeeks) implements Strategy {
        public ExplicitWaves {
            waves = List.copyOf(waves);
            if (waves.isEmpty()) {
                throw new IllegalArgumentException("explicit waves: need at least one wave");
            }
        }

        @Override
        public int lastPlannedGoLiveWeek() {
            long last = Long.MIN_VALUE;
            for (int week : waves.stream().mapToInt(WaveSpec::goLiveWeek).sorted().toArray()) {
                last = Math.max(week, last + minGapWeeks);
            }
            return (int) Math.min(Integer.MAX_VALUE, last);
        }
    }

    /**
     * One explicit wave.
     *
     * @param modules module ids this wave brings live; empty means all modules
     */
    record WaveSpec(String id, List<String> sites, List<String> modules, int goLiveWeek) {
        public WaveSpec {
            Objects.requireNonNull(id, "id");
            sites = List.copyOf(sites);
            modules = modules == null ? List.of() : List.copyOf(modules);
            requireWeek(goLiveWeek, "goLiveWeek");
        }
    }

    private static void requireWeek(int week, String what) {
        if (week < 0) {
            throw new IllegalArgumentException(what + " must be >= 0: " + week);
        }
    }
}
