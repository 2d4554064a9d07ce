/**
 * Working-time calendars with Vietnamese public holidays and the Prime Minister's yearly day swaps, the Vietnamese
 * lunar calendar, working durations and the deadline policy built on them.
 */
package dev.dvc4j.core.calendar;
