/**
 * The command-line tool for a store's database: {@code migrate}, {@code status}, {@code seed},
 * {@code backup} and {@code export}, each one {@link org.learningstore.examples.cli.Command} in
 * {@link org.learningstore.examples.cli.Cli}'s list.
 */
package org.learningstore.examples.cli;
