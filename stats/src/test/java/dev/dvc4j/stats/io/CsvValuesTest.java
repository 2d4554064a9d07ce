package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.DossierFacts;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CSV cells of every kind at their edges: integers of up to nine digits and one more, a sign alone, the characters
 * either side of the digits; flags as words or one digit and nothing else; supplements as pairs; channels and
 * statuses as portal codes of up to nine digits, or by name. A refused cell is a problem at its column (where the
 * cell starts); a value the fact refuses is the fact's own problem.
 */
class CsvValuesTest {

    static final String FIXED = "2026-02-13T16:00:00+07:00";

    static String read(String column, String cell) {
        String header = column.equals("channel") ? "code,status,filedAt,channel\n" : "code,channel,status,filedAt," + column + "\n";
        String row = column.equals("channel") ? "C1,processing," + FIXED + "," + cell : "C1,online,processing," + FIXED + "," + cell;
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = FactsReader.csv().read(new StringReader(header + row + "\n"), read::add);
        if (s.malformed() > 0) {
            return s.problems().get(0).code() + " @" + s.problems().get(0).column();
        }
        assertThat(s.accepted()).isEqualTo(1);
        DossierFacts f = read.get(0);
        return switch (column) {
            case "distanceKm" -> Integer.toString(f.distanceKm());
            case "level" -> Integer.toString(f.legacyLevel());
            case "channel" -> f.channel().wireName();
            case "feeBearing" -> Boolean.toString(f.feeBearing());
            default -> f.supplementCount() + " " + f.supplements().stream()
                    .map(i -> i.requestedAt() + "/" + i.completedAt()).toList();
        };
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', value = {
        "distanceKm|0|0", "distanceKm|9|9", "distanceKm|123456789|123456789", "distanceKm|-0|0", "distanceKm|''|-1",
        "distanceKm|1234567890|stats.read.value @48", "distanceKm|-|stats.read.value @48", "distanceKm|1a|stats.read.value @48",
        "distanceKm|/|stats.read.value @48", "distanceKm|:|stats.read.value @48", "distanceKm|-12|stats.facts.invalid @0",
        "distanceKm|-123456789|stats.facts.invalid @0", "distanceKm|-1234567890|stats.read.value @48",
        "level|4|4", "level|0|0", "level|-1|stats.facts.invalid @0",
        "feeBearing|1|true", "feeBearing|0|false", "feeBearing|true|true", "feeBearing|false|false", "feeBearing|''|false",
        "feeBearing|2|stats.read.value @48", "feeBearing|t|stats.read.value @48", "feeBearing|10|stats.read.value @48",
        "feeBearing|01|stats.read.value @48", "feeBearing|/|stats.read.value @48",
        "supplements|20260214080000/|1 [2026-02-14T01:00:00Z/null]",
        "supplements|20260214080000/20260215080000;20260216080000/|2 [2026-02-14T01:00:00Z/2026-02-15T01:00:00Z, 2026-02-16T01:00:00Z/null]",
        "supplements|20260214080000/;|1 [2026-02-14T01:00:00Z/null]",
        "supplements|/|stats.read.value @48", "supplements|20260214080000|stats.read.value @48",
        "supplements|;20260214080000/|stats.read.value @48"})
    void aCellIsReadOrRefusedAtItsColumn(String column, String cell, String expected) {
        assertThat(read(column, cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "channel [{0}]")
    @CsvSource(delimiter = '|', value = {
        "online|online", "1|in-person", "2|online", "3|postal", "000000002|online",
        "0|stats.read.value @41", "4|stats.read.value @41", "9|stats.read.value @41", "0000000002|stats.read.value @41",
        "-2|stats.read.value @41", "fax|stats.read.value @41"})
    void aChannelIsAPortalCodeOfUpToNineDigitsOrAName(String cell, String expected) {
        assertThat(read("channel", cell)).isEqualTo(expected);
    }
}
