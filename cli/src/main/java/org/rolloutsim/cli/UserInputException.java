package org.rolloutsim.cli;

/**
 * Bad input or usage: the user can fix it. The command line prints the message as it is, without a
 * stack trace, and exits with code 2.
 */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
