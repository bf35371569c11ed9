package org.rolloutsim.model;

/**
 * The cost categories of MODEL.md 8, in output order. Programme cost is every category but
 * productivity loss and delay; total economic cost is all of them.
 */
enum CostCategory {
    TEAM("team"),
    OVERTIME("overtime"),
    /** Surge consultants brought in by programme reviews (MODEL.md 11.4). */
    SURGE("surge"),
    REPLACEMENT("replacement"),
    WELLNESS("wellness"),
    COMMAND_CENTRE("commandCentre"),
    AT_ELBOW("atElbow"),
    INTERFACE_MAINTENANCE("interfaceMaintenance"),
    TRAINING("training"),
    FIXED("fixed"),
    RISK("risk"),
    MITIGATION("mitigation"),
    PRODUCTIVITY_LOSS("productivityLoss"),
    DELAY("delay");

    static final CostCategory[] ALL = values();

    private final String key;

    CostCategory(String key) {
        this.key = key;
    }

    /** The output name: {@code cost.} + this key. */
    String key() {
        return key;
    }

    /** True for the categories that make up programme cost (compared with the budget). */
    boolean isProgramCost() {
        return this != PRODUCTIVITY_LOSS && this != DELAY;
    }
}
