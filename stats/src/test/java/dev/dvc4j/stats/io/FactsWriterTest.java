package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the facts writer writes, byte for byte: the readers accept more than one spelling of a line, so only the exact
 * text shows what the writer chose (which strings are escaped and how, which CSV cells are quoted, which optional
 * fields are left out, and where zero is a value rather than "unknown").
 */
class FactsWriterTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    static DossierFacts.Builder fact() {
        return DossierFacts.builder().code("C1").agency("A").procedure("P").sector("S").province("42")
                .channel(Channel.ONLINE).legacyLevel(3).filedAt(T0).status(DossierStatus.PROCESSING);
    }

    static String csv(DossierFacts f) {
        StringWriter out = new StringWriter();
        FactsWriter.csv(out).write(f);
        String text = out.toString();
        int header = text.indexOf('\n');
        assertThat(text).endsWith("\n");
        return text.substring(header + 1, text.length() - 1);
    }

    static List<DossierFacts> readBack(String text, FactsReader reader) {
        List<DossierFacts> read = new ArrayList<>();
        assertThat(reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), read::add).isClean()).isTrue();
        return read;
    }

    @Test
    void aStringIsEscapedOnlyWhereJsonRequires() {
        String sector = "a b\"c\\d\u001fe\u0020f\u007fĐ";
        String line = FactsWriter.toJsonLine(fact().sector(sector).build());
        assertThat(line).contains("\"sector\":\"a b\\\"c\\\\d\\u001fe f\u007fĐ\"");
        assertThat(readBack(line, FactsReader.jsonLines()).get(0).sector()).isEqualTo(sector);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x,y", "x\"y", "x\ry", "\"", ","})
    void aCsvCellIsQuotedWhenItHoldsACommaAQuoteOrALineBreak(String sector) {
        DossierFacts f = fact().sector(sector).build();
        String row = csv(f);
        assertThat(row).contains(",\"" + sector.replace("\"", "\"\"") + "\",");
        StringWriter out = new StringWriter();
        FactsWriter.csv(out).write(f);
        assertThat(readBack(out.toString(), FactsReader.csv()).get(0).sector()).isEqualTo(sector);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xy", "x y", "x;y", "x'y", "Lĩnh vực", "x\ty"})
    void anyOtherCsvCellIsWrittenAsItIs(String sector) {
        assertThat(csv(fact().sector(sector).build())).contains("," + sector + ",").doesNotContain("\"");
    }

    @Test
    void aLineBreakInACsvCellIsRefusedAndNothingOfTheFactIsWritten() {
        StringWriter out = new StringWriter();
        FactsWriter w = FactsWriter.csv(out);
        for (String text : List.of("x\ny", "\n", "x\r\n")) {
            assertThatThrownBy(() -> w.write(fact().sector(text).build()))
                    .isInstanceOfSatisfying(StatsException.class, e -> {
                        assertThat(e.code()).isEqualTo("stats.write.csv-line-break");
                        assertThat(e.text().en()).isEqualTo("The field \"sector\" holds a line break: dvc4j's CSV reads each"
                                + " line as one record; write JSON Lines");
                        assertThat(e.text().vi()).startsWith("Trường \"sector\" có dấu xuống dòng");
                    });
            assertThatThrownBy(() -> w.write(fact().code(text).build())).hasMessageContaining("\"code\"");
            assertThatThrownBy(() -> w.write(fact().agency(text).build())).hasMessageContaining("\"agency\"");
            assertThatThrownBy(() -> w.write(fact().procedure(text).build())).hasMessageContaining("\"procedure\"");
            assertThatThrownBy(() -> w.write(fact().province(text).build())).hasMessageContaining("\"province\"");
        }
        assertThat(out.toString()).isEmpty();
        // The header still comes before the first row written.
        w.write(fact().build());
        w.write(fact().code("C2").build());
        assertThat(out.toString().split("\n")).hasSize(3);
        assertThat(readBack(out.toString(), FactsReader.csv())).extracting(DossierFacts::code).containsExactly("C1", "C2");
        // JSON Lines escapes it.
        String line = FactsWriter.toJsonLine(fact().sector("x\ny").build());
        assertThat(line).contains("\"sector\":\"x\\u000ay\"");
        assertThat(readBack(line, FactsReader.jsonLines()).get(0).sector()).isEqualTo("x\ny");
    }

    @Test
    void zeroIsAValueAndMinusOneIsUnknown() {
        String zero = FactsWriter.toJsonLine(fact().legalMaxMinutes(0).distanceKm(0).build());
        assertThat(zero).contains("\"legalMaxMinutes\":0").contains("\"distanceKm\":0");
        assertThat(csv(fact().legalMaxMinutes(0).distanceKm(0).build())).endsWith(",0,0");
        String unknown = FactsWriter.toJsonLine(fact().legalMaxMinutes(-1).distanceKm(-1).build());
        assertThat(unknown).doesNotContain("legalMaxMinutes").doesNotContain("distanceKm");
        assertThat(csv(fact().legalMaxMinutes(-1).distanceKm(-1).build())).endsWith(",,");
        assertThat(csv(fact().legalMaxMinutes(1).distanceKm(1).build())).endsWith(",1,1");
    }

    @Test
    void supplementsAreWrittenOnlyWhenThereAreAny() {
        assertThat(FactsWriter.toJsonLine(fact().build())).doesNotContain("supplements");
        String one = FactsWriter.toJsonLine(fact().addSupplementEpochSeconds(T0.getEpochSecond(), DossierFacts.NO_TIME)
                .build());
        assertThat(one).contains("\"supplements\":[{\"requestedAt\":\"2026-03-02T08:00:00+07:00\"}]");
        String two = FactsWriter.toJsonLine(fact().addSupplementEpochSeconds(T0.getEpochSecond(), T0.getEpochSecond() + 60)
                .addSupplementEpochSeconds(T0.getEpochSecond() + 120, DossierFacts.NO_TIME).build());
        assertThat(two).contains("\"supplements\":[{\"requestedAt\":\"2026-03-02T08:00:00+07:00\","
                + "\"completedAt\":\"2026-03-02T08:01:00+07:00\"},{\"requestedAt\":\"2026-03-02T08:02:00+07:00\"}]");
        assertThat(readBack(two, FactsReader.jsonLines()).get(0).supplementCount()).isEqualTo(2);
    }
}
