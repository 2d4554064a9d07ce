package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.DossierFacts;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells as RFC 4180 quotes them, on one line: what is read, and each refusal with its column and both texts. */
class CsvCellsTest {

    static final String HEADER = "code,channel,status,filedAt\n";
    static final String REST = "online,processing,2026-02-13T16:00:00+07:00";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "a""b",REST                        | a"b
            "",REST                            | ''
            "a,b",REST                         | a,b
            x,"online",processing,"2026-02-13T16:00:00+07:00" | x
            x,REST<CR>                         | x
            """)
    void quotedAndPlainCellsAreRead(String row, String code) {
        List<DossierFacts> got = new ArrayList<>();
        ReadSummary s = FactsReader.csv().strict().read(new StringReader(HEADER + row.replace("REST", REST).replace("<CR>", "\r") + "\n"),
                got::add);
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(got.get(0).code()).isEqualTo(code.equals("''") ? "" : code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "abc,REST              | stats.read.csv-quote   | 1 | Unterminated quoted field            | Thiếu dấu ngoặc kép đóng
            "ab"c,REST             | stats.read.csv-quote   | 5 | Characters after a quoted field      | Ký tự thừa sau trường trong ngoặc kép
            ab"c,REST              | stats.read.csv-quote   | 3 | A quote inside an unquoted field     | Dấu ngoặc kép giữa trường
            Lĩnh"x,REST            | stats.read.csv-quote   | 5 | A quote inside an unquoted field     | Dấu ngoặc kép giữa trường
            x,REST,extra,more      | stats.read.csv-columns | 0 | The row has 6 columns, the header 4 | Dòng có 6 cột, tiêu đề có 4
            x,REST,                | stats.read.csv-columns | 0 | The row has 5 columns, the header 4 | Dòng có 5 cột, tiêu đề có 4
            x,online               | stats.read.csv-columns | 0 | The row has 2 columns, the header 4 | Dòng có 2 cột, tiêu đề có 4
            """)
    void aBadRowIsRefusedAtItsColumn(String row, String code, long column, String en, String vi) {
        ReadSummary s = FactsReader.csv().read(new StringReader(HEADER + row.replace("REST", REST) + "\n" + "y," + REST), f -> { });
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message().en()).isEqualTo(en);
            assertThat(p.message().vi()).isEqualTo(vi);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            code,chan"nel,status,filedAt   | Line 1:10: A quote inside an unquoted field / Dòng 1:10: Dấu ngoặc kép giữa trường
            "code"x,channel,status,filedAt | Line 1:7: Characters after a quoted field / Dòng 1:7: Ký tự thừa sau trường trong ngoặc kép
            ,channel,status,filedAt        | Line 1:1: Unknown column "" / Dòng 1:1: Cột không xác định ""
            code,channel,status            | Line 1: The CSV header lacks a required column (channel, status, filedAt) / Dòng 1: Tiêu đề CSV thiếu cột bắt buộc (channel, status, filedAt)
            code,channel,filedAt           | Line 1: The CSV header lacks a required column (channel, status, filedAt) / Dòng 1: Tiêu đề CSV thiếu cột bắt buộc (channel, status, filedAt)
            code,status,filedAt            | Line 1: The CSV header lacks a required column (channel, status, filedAt) / Dòng 1: Tiêu đề CSV thiếu cột bắt buộc (channel, status, filedAt)
            """)
    void aBadHeaderStopsTheRead(String header, String message) {
        assertThatThrownBy(() -> FactsReader.csv().read(new StringReader(header + "\n"), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessage(message);
    }

    @org.junit.jupiter.api.Test
    void aQuotedHeaderNameAndALongQuotedCellAreRead() {
        String code = "x\"".repeat(200);
        List<DossierFacts> got = new ArrayList<>();
        FactsReader.csv().strict().read(new StringReader("code,\"channel\",status,filedAt\n\"" + code.replace("\"", "\"\"")
                + "\"," + REST + "\n"), got::add);
        assertThat(got).singleElement().extracting(DossierFacts::code).isEqualTo(code);
    }
}
