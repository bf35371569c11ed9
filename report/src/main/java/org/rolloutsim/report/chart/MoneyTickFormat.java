package org.rolloutsim.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import org.rolloutsim.report.view.Money;

/** Formats axis ticks as money ("$1.25B") with the precision one tick spacing needs. */
final class MoneyTickFormat extends NumberFormat {

    private final Money money;
    private final double tickSize;

    MoneyTickFormat(Money money, double tickSize) {
        this.money = money;
        this.tickSize = tickSize;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(money.formatTick(number, tickSize));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("money ticks are only written");
    }
}
