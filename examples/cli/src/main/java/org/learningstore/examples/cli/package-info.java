/**
 * The command-line tool for a store's database: {@code migrate}, {@code status}, {@code seed} and
 * {@code backup}, each one {@link org.learningstore.examples.cli.Command} in {@link org.learningstore.examples.cli.Cli}'s
 * list. {@code export <learner>} joins that list as one more command when the store can export a learner.
 */
package org.learningstore.examples.cli;
