package org.rolloutsim.report.html;

/**
 * The inline stylesheet of both reports: local system fonts only (nothing is fetched), a readable
 * measure on a laptop, and print rules that keep charts and tables whole on A4 or Letter paper.
 */
final class Stylesheet {

    static final String CSS = """
            :root { --ink: #222; --muted: #5a5a5a; --line: #d9d9d9; --accent: #0072b2; --bad: #b3470a; --good: #00608f; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0; color: var(--ink); background: #fff;
                   font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   font-size: 16px; line-height: 1.5; }
            main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; }
            header { border-bottom: 3px solid var(--accent); margin-bottom: 18px; padding-bottom: 8px; }
            h1, h2, h3 { overflow-wrap: anywhere; }
            h1 { font-size: 1.75rem; margin: 0 0 4px; line-height: 1.25; }
            h2 { font-size: 1.3rem; margin: 36px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 1.05rem; margin: 18px 0 6px; }
            .subtitle { color: var(--muted); margin: 0; }
            .summary { background: #f4f7fb; border-left: 5px solid var(--accent); padding: 14px 20px; margin: 0 0 18px; }
            .summary h2 { margin-top: 0; border: none; }
            .summary p { margin: 6px 0; font-size: 1.08rem; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 0 0 8px; }
            .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
            .card .label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
            .card .value { font-size: 1.35rem; font-weight: 700; line-height: 1.3; }
            .card .value.long { font-size: 1.05rem; }
            .card .note { font-size: 0.88rem; color: var(--muted); }
            .bad { color: var(--bad); }
            .good { color: var(--good); }
            figure { margin: 18px 0 26px; }
            figure svg { display: block; width: 100%; height: auto; max-width: 960px; }
            .chart-narrow { display: none; }
            figcaption { color: var(--muted); font-size: 0.93rem; margin-top: 4px; max-width: 860px; }
            .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 24px; }
            .grid2 figure { margin: 8px 0 16px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.95rem; }
            th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
            thead th { border-bottom: 2px solid #999; font-weight: 600; overflow-wrap: break-word; }
            /* tables wrap their text rather than widen the page */
            td, th[scope="row"] { white-space: normal; overflow-wrap: break-word; }
            table.compact td, table.compact th { padding: 5px 8px; }
            table.pvalues td, table.pvalues th[scope="row"] { white-space: nowrap; }
            /* a sweep's grid of a dozen or more columns fits a 1280 px screen */
            @media screen and (min-width: 481px) {
              table.grid { font-size: 0.88rem; }
              table.grid td, table.grid th { padding: 5px 6px; }
            }
            .variants p.variant { margin: 4px 0; }
            .tables { align-items: start; }
            p.note { color: var(--muted); font-size: 0.9rem; }
            /* a table wider than the page scrolls inside its own box, never the whole page */
            .table-wrap { max-width: 100%; overflow-x: auto; margin: 8px 0 16px; }
            .table-wrap table { margin: 0; }
            /* long names (variant pairs) may wrap at hyphens and spaces rather than widen the table */
            table.pairs th[scope="row"] { white-space: normal; min-width: 9em; }
            /* the differences table names each pair by its keys ("A \u2212 B"): no room kept for long names, so
               the signed figures, which do not break after their sign, fit beside it */
            table.differences th[scope="row"] { white-space: nowrap; min-width: 0; }
            table.differences td:nth-child(2), table.differences td:nth-child(4) { white-space: normal; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .note-box { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; color: var(--muted); }
            dl.repro { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
            dl.repro dt { font-weight: 600; }
            dl.repro dd { margin: 0; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
            pre { background: #f6f6f6; border: 1px solid var(--line); padding: 8px 12px; white-space: pre-wrap; overflow-wrap: anywhere;
                  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9rem; }
            footer { margin-top: 36px; color: var(--muted); font-size: 0.85rem; }
            @media (max-width: 760px) { .cards { grid-template-columns: 1fr 1fr; } .grid2 { grid-template-columns: 1fr; } }
            @media screen and (max-width: 600px) {
              .chart-wide { display: none; }
              .chart-wide.chart-any, .chart-narrow { display: block; }
            }
            @media (max-width: 480px) {
              main { padding: 12px 10px 32px; }
              h1 { font-size: 1.35rem; }
              table { font-size: 0.82rem; }
              th, td { padding: 4px 5px; }
              table.pairs th[scope="row"] { min-width: 0; }
              .summary { padding: 10px 12px; }
              dl.repro { grid-template-columns: 1fr; }
              /* a wide table becomes one block per row, each cell labelled with its column */
              table.compact thead { display: none; }
              table.compact tr { display: block; border-bottom: 1px solid var(--line); padding: 4px 0; }
              table.compact td, table.compact th[scope="row"] { display: block; border: none; padding: 1px 4px; }
              table.compact td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
              table.compact th[scope="row"][data-label]::before { content: attr(data-label) ": "; }
            }
            @media print {
              @page { size: A4; margin: 14mm; }
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              .summary { background: none; border: 1px solid #999; }
              h2, h3 { break-after: avoid; page-break-after: avoid; margin-top: 18px; }
              figure, table, .cards, dl.repro, .keep { break-inside: avoid; page-break-inside: avoid; }
              .summary p { break-inside: avoid; }
              /* two charts a page: each at most a little under half the printable height */
              figure { margin: 6px 0 10px; }
              figure svg { max-height: 112mm; width: auto; margin: 0 auto; }
              .grid2 figure svg { max-height: 62mm; }
              figcaption { font-size: 8.5pt; }
              .grid2 { grid-template-columns: 1fr 1fr; }
              figure svg { max-width: 100%; }
              .table-wrap { overflow: visible; }
              table { font-size: 9pt; }
              th, td { padding: 4px 6px; }
              td, th[scope="row"] { white-space: normal; }
            }
            """;

    private Stylesheet() {
    }
}
