/**
 * Test support for hosts, vendors and harnesses: jqwik arbitraries for identifiers, applicants and whole legal
 * dossier histories, a scenario builder for example-based tests, and abstract contract tests a vendor's
 * extensions must pass.
 */
package dev.dvc4j.testkit;
