package org.rolloutsim.scenario;

import java.util.List;
import java.util.Objects;
import org.rolloutsim.design.RankCorrelation;

/**
 * A validated, immutable roll-out scenario (MODEL.md section 2): what the model simulates. Built by
 * the {@code scenarios} module from a file, or directly in code and tests. Constructors check only
 * the invariants the model relies on; the file reader reports user-facing errors with locations.
 *
 * @param name        short human name, shown in reports
 * @param description free text, may be empty
 * @param risks        the risk register, may be empty
 * @param correlations target rank correlations between uncertain inputs, named as their output
 *                     columns ({@code testDetection}, {@code sites.central.complexity}); may be empty
 */
public record Scenario(
        String name,
        String description,
        Program program,
        List<Module> modules,
        List<Site> sites,
        Strategy strategy,
        Team team,
        Governance governance,
        Practices practices,
        List<Risk> risks,
        Parameters parameters,
        List<RankCorrelation> correlations) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(program, "program");
        modules = List.copyOf(modules);
        sites = List.copyOf(sites);
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(team, "team");
        governance = governance == null ? Governance.defaults() : governance;
        practices = practices == null ? Practices.defaults() : practices;
        risks = risks == null ? List.of() : List.copyOf(risks);
        parameters = parameters == null ? Parameters.defaults() : parameters;
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
        if (modules.isEmpty() || sites.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one module and one site");
        }
    }

    /** A scenario whose uncertain inputs are independent. */
    public Scenario(String name, String description, Program program, List<Module> modules, List<Site> sites,
                    Strategy strategy, Team team, Governance governance, Practices practices, List<Risk> risks,
                    Parameters parameters) {
        this(name, description, program, modules, sites, strategy, team, governance, practices, risks, parameters,
                List.of());
    }

    /** Total end users over all sites. */
    public long totalUsers() {
        long total = 0;
        for (Site site : sites) {
            total += site.users();
        }
        return total;
    }

    /** A copy under another name and description, for a variant shown under its own name. */
    public Scenario withName(String newName, String newDescription) {
        return new Scenario(newName, newDescription, program, modules, sites, strategy, team, governance, practices,
                risks, parameters, correlations);
    }

    /** A copy with another team. */
    public Scenario withTeam(Team t) {
        return new Scenario(name, description, program, modules, sites, strategy, t, governance, practices, risks,
                parameters, correlations);
    }

    /** A copy with another governance. */
    public Scenario withGovernance(Governance g) {
        return new Scenario(name, description, program, modules, sites, strategy, team, g, practices, risks,
                parameters, correlations);
    }

    /** A copy with other rank correlations. */
    public Scenario withCorrelations(List<RankCorrelation> c) {
        return new Scenario(name, description, program, modules, sites, strategy, team, governance, practices, risks,
                parameters, c);
    }

    /** A copy with other parameter overrides. */
    public Scenario withParameters(Parameters p) {
        return new Scenario(name, description, program, modules, sites, strategy, team, governance, practices, risks,
                p, correlations);
    }
}
