package org.rolloutsim.report.data;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rolloutsim.batch.RunConsumer;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * Writes {@code runs.csv} while the batch runs: a header, then one row per run with its index
 * ({@code run}) and every scalar of the output schema in schema order, sampled parameters and risk
 * indicators included. Rows come in run-index order (the batch runner's promise), each column in
 * the one format of its {@link Unit} (weeks, counts and flags whole, money and other
 * continuous values always with a decimal point and every digit needed to read them back exactly), lines end in {@code \n}: the same bytes for any thread count.
 */
public final class RunsCsvWriter implements RunConsumer, Flushable {
    private final Writer out;
    private final int columns;
    private final Unit[] units;
    private final StringBuilder row = new StringBuilder(256);

    /**
     * A writer to a byte stream, UTF-8 and buffered: call {@link #flush()} when the batch is done.
     */
    public RunsCsvWriter(OutputSchema schema, OutputStream out) throws IOException {
        this(schema, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes the header at once, so a batch of no runs still leaves a valid file. */
    public RunsCsvWriter(OutputSchema schema, Writer out) throws IOException {
        this.out = out;
        this.columns = schema.scalarCount();
        this.units = schema.scalars().stream().map(sc -> Unit.of(sc.name(), sc.kind())).toArray(Unit[]::new);
        StringBuilder header = new StringBuilder("run");
        for (OutputSchema.Scalar s : schema.scalars()) {
            header.append(',').append(Csv.text(s.name()));
        }
        out.write(header.append('\n').toString());
    }

    /** Writes the run's row; an I/O failure comes out as {@link UncheckedIOException}. */
    @Override
    public void accept(RunOutput run) {
        write(run.runIndex(), row(run, row));
    }

    /**
     * The run's row, line end included, built in {@code into}: safe on any thread with its own
     * builder, so rows can be formatted where runs are made and written in order here.
     */
    public String row(RunOutput run, StringBuilder into) {
        into.setLength(0);
        into.append(run.runIndex());
        for (int c = 0; c < columns; c++) {
            CsvCells.append(into.append(','), run.get(c), units[c]);
        }
        return into.append('\n').toString();
    }

    /** Writes a row {@link #row} made; rows must come in run order. */
    public void write(int runIndex, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write runs.csv row " + runIndex, e);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
