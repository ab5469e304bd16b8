package io.watchfloor.app.wall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Formats amounts of money for the wall: whole units with grouping and the currency's symbol in the wall's
 * locale ({@code €12,000}); an amount in a code the JDK does not know reads {@code 12,000 XYZ}. Stateless apart
 * from the locale; confined to one thread ({@link NumberFormat} is not thread-safe).
 */
final class MoneyFormat {
    private final Locale locale;

    MoneyFormat(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** {@code €12,000}: rounded to whole units. */
    String format(BigDecimal amount, String currency) {
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
        try {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(Currency.getInstance(currency));
            f.setMaximumFractionDigits(0);
            f.setMinimumFractionDigits(0);
            return f.format(whole);
        } catch (IllegalArgumentException unknownCurrency) {
            return NumberFormat.getIntegerInstance(locale).format(whole) + " " + currency;
        }
    }

    /** Totals in several currencies, largest first: {@code €84,000 + $1,200}; "nothing" when there are none. */
    String totals(Map<String, BigDecimal> byCurrency) {
        if (byCurrency.isEmpty()) {
            return format(BigDecimal.ZERO, "EUR");
        }
        return byCurrency.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(e -> format(e.getValue(), e.getKey()))
                .collect(Collectors.joining(" + "));
    }
}
