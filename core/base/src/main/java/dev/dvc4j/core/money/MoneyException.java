package dev.dvc4j.core.money;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;

/** An amount of money that cannot be parsed or computed (overflow). */
public class MoneyException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code a stable machine code
     * @param text the message
     */
    public MoneyException(String code, LocalizedText text) {
        super(code, text);
    }
}
