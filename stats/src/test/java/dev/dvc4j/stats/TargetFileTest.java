package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A targets file: each refusal names the entry and the reason in both languages; thresholds on both sides of their range. */
class TargetFileTest {

    static List<Target> read(String json) {
        return Target.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            [] | A targets file must be an object with only a "targets" array | Tệp chỉ tiêu phải là một đối tượng chỉ có mảng "targets"
            {"targets":{}} | A targets file must be an object with only a "targets" array | Tệp chỉ tiêu phải là một đối tượng chỉ có mảng "targets"
            {"targets":[],"x":1} | A targets file must be an object with only a "targets" array | Tệp chỉ tiêu phải là một đối tượng chỉ có mảng "targets"
            {"targets":[1]} | Target #1 ($.targets[0]): must be an object | Chỉ tiêu thứ 1 ($.targets[0]): phải là một đối tượng
            {"targets":[{"id":"x","metric":"online-share","threshold":10,"colour":1}]} | Target #1 ($.targets[0]): unknown property "colour" | Chỉ tiêu thứ 1 ($.targets[0]): thuộc tính "colour" không có trong định dạng
            {"targets":[{"id":"x","metric":"online-share"}]} | Target #1 ($.targets[0]): needs a numeric "threshold" | Chỉ tiêu thứ 1 ($.targets[0]): cần "threshold" là một số
            {"targets":[{"id":"x","metric":"online-share","threshold":"10"}]} | Target #1 ($.targets[0]): needs a numeric "threshold" | Chỉ tiêu thứ 1 ($.targets[0]): cần "threshold" là một số
            {"targets":[{"id":"x","metric":"online-share","threshold":1e999}]} | Target #1 ($.targets[0]): "threshold" is out of range | Chỉ tiêu thứ 1 ($.targets[0]): "threshold" vượt quá phạm vi số
            {"targets":[{"id":"x","metric":"online-share","threshold":10,"scope":[]}]} | Target #1 ($.targets[0]): "scope" must be an object | Chỉ tiêu thứ 1 ($.targets[0]): "scope" phải là một đối tượng
            {"targets":[{"id":"x","metric":"online-share","threshold":10,"scope":{"province":42}}]} | Target #1 ($.targets[0]): "scope.province" must be a string | Chỉ tiêu thứ 1 ($.targets[0]): "scope.province" phải là một chuỗi
            {"targets":[{"id":"x","metric":"online-share","threshold":10,"deadline":"2026-13-01"}]} | Target #1 ($.targets[0]): "deadline": "2026-13-01" is not a date (yyyy-MM-dd) | Chỉ tiêu thứ 1 ($.targets[0]): "deadline": ngày "2026-13-01" không hợp lệ (yyyy-MM-dd)
            {"targets":[{"id":"x","metric":"online-share","threshold":10,"kind":"speed"}]} | Target #1 ($.targets[0]): unknown target kind "speed" (rate, count) | Chỉ tiêu thứ 1 ($.targets[0]): loại chỉ tiêu "speed" không hợp lệ (rate, count)
            {"targets":[{"metric":"online-share","threshold":10}]} | Target #1 ($.targets[0]): missing "id" | Chỉ tiêu thứ 1 ($.targets[0]): thiếu "id"
            {"targets":[{"id":" ","metric":"online-share","threshold":10}]} | Target #1 ($.targets[0]): "id" must be a non-blank string | Chỉ tiêu thứ 1 ($.targets[0]): "id" phải là một chuỗi không rỗng
            {"targets":[{"id":1,"metric":"online-share","threshold":10}]} | Target #1 ($.targets[0]): "id" must be a non-blank string | Chỉ tiêu thứ 1 ($.targets[0]): "id" phải là một chuỗi không rỗng
            {"targets":[{"id":"x","metric":"online-share","threshold":0}]} | Target #1 ($.targets[0]): Target "x": invalid threshold 0 | Chỉ tiêu thứ 1 ($.targets[0]): Chỉ tiêu "x": ngưỡng 0 không hợp lệ
            {"targets":[{"id":"x","metric":"online-share","threshold":100.01}]} | Target #1 ($.targets[0]): Target "x": invalid threshold 100.01 | Chỉ tiêu thứ 1 ($.targets[0]): Chỉ tiêu "x": ngưỡng 100.01 không hợp lệ
            {"targets":[{"id":"x","metric":"online-share","threshold":-1}]} | Target #1 ($.targets[0]): Target "x": invalid threshold -1 | Chỉ tiêu thứ 1 ($.targets[0]): Chỉ tiêu "x": ngưỡng -1 không hợp lệ
            {"targets":[{"id":"x","metric":"online-share","threshold":10,"scope":{"month":"2026-01"}}]} | Target #1 ($.targets[0]): Target "x": the scope cannot be a time dimension (month) | Chỉ tiêu thứ 1 ($.targets[0]): Chỉ tiêu "x": phạm vi không được theo thời gian (month)
            {"targets":[{"id":"x","metric":"3.1","threshold":10}]} | Target #1 ($.targets[0]): Target "x": metric service-availability is not a dossier metric | Chỉ tiêu thứ 1 ($.targets[0]): Chỉ tiêu "x": chỉ số service-availability không tính từ hồ sơ
            {"targets":[{"id":"x","metric":"online-share","threshold":10},{"id":"x","metric":"online-share"}]} | Target #2 ($.targets[1]): needs a numeric "threshold" | Chỉ tiêu thứ 2 ($.targets[1]): cần "threshold" là một số
            {"targets": | Targets file: Line 1:12 ($.targets): malformed JSON: the document ends in the middle of a value | Tệp chỉ tiêu: Dòng 1:12 ($.targets): JSON sai cú pháp: tài liệu kết thúc giữa chừng
            """)
    void aBadFileIsRefusedWithItsReason(String file, String en, String vi) {
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(StatsException.class, e -> {
            assertThat(e.code()).isEqualTo("stats.target.invalid");
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(en);
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo(vi);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "0.01", "50"})
    void aRateThresholdIsAboveZeroAndAtMostAHundred(String threshold) {
        assertThat(read("{\"targets\":[{\"id\":\"x\",\"metric\":\"online-share\",\"threshold\":" + threshold + "}]}"))
                .singleElement().satisfies(t -> {
                    assertThat(t.threshold()).isEqualByComparingTo(threshold);
                    assertThat(t.kind()).isEqualTo(Target.Kind.RATE);
                    assertThat(t.deadline()).isNull();
                    assertThat(t.source()).isEmpty();
                });
    }

    @org.junit.jupiter.api.Test
    void aCountThresholdMayExceedAHundredAndNullsLeaveOptionalPartsOut() {
        assertThat(read("{\"targets\":[{\"id\":\"x\",\"metric\":\"online-share\",\"threshold\":150,\"kind\":\"COUNT\"},"
                + "{\"id\":\"y\",\"metric\":\"on-time\",\"threshold\":10,\"deadline\":null,\"source\":null,\"kind\":null}]}"))
                .satisfiesExactly(t -> {
                    assertThat(t.kind()).isEqualTo(Target.Kind.COUNT);
                    assertThat(t.threshold()).isEqualByComparingTo(BigDecimal.valueOf(150));
                }, t -> {
                    assertThat(t.kind()).isEqualTo(Target.Kind.RATE);
                    assertThat(t.deadline()).isNull();
                    assertThat(t.source()).isEmpty();
                });
    }
}
