package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.OnTimeRule;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.procedure.OnlineMode;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A flat, immutable, serialisable projection of one dossier holding everything the rate formulas of Decision
 * 766/QĐ-TTg need. Statistics read facts, never the live dossier.
 *
 * <p>Codes (agency, procedure, sector, province) are plain strings as the source wrote them, empty when unknown.
 * Times are kept to the second (the national portal's {@code yyyyMMddHHmmss}); each time accessor has an
 * allocation-free twin giving epoch seconds, or {@link #NO_TIME} when the time is absent, which the accumulators
 * use.
 *
 * <p>Build with {@link #builder()}; the builder validates that every time is at or after the filing time, that
 * the legacy level is 0–4, the payment flag 0–2, and that supplement intervals are ordered.
 */
public final class DossierFacts implements Serializable, OnTimeRule.Supplements {

    private static final long serialVersionUID = 1L;

    /** Epoch-second value of an absent time. */
    public static final long NO_TIME = OnTimeRule.NO_TIME;

    private static final long[] NO_SUPPLEMENTS = new long[0];

    private final String code;
    private final String agency;
    private final String procedure;
    private final String sector;
    private final String province;
    private final Channel channel;
    private final int legacyLevel;
    private final OnlineMode onlineMode;
    private final long filedAt;
    private final long receivedAt;
    private final long dueAt;
    private final long finishedAt;
    private final long returnedAt;
    private final DossierStatus status;
    /** Pairs (requested, completed or NO_TIME). */
    private final long[] supplements;
    private final int paymentFlag;
    private final boolean feeBearing;
    private final boolean digitised;
    private final boolean reused;
    private final boolean electronicResult;
    private final boolean vneid;
    private final boolean populationData;
    private final Feedback feedback;
    private final ResultDelivery resultDelivery;
    private final int legalMaxMinutes;
    private final int distanceKm;

    private DossierFacts(Builder b) {
        this.code = b.code == null ? "" : b.code;
        this.agency = b.agency == null ? "" : b.agency;
        this.procedure = b.procedure == null ? "" : b.procedure;
        this.sector = b.sector == null ? "" : b.sector;
        this.province = b.province == null ? "" : b.province;
        this.channel = b.channel;
        this.legacyLevel = b.legacyLevel;
        this.onlineMode = b.onlineMode != null ? b.onlineMode : OnlineMode.ofLegacyLevel(b.legacyLevel);
        this.filedAt = b.filedAt;
        this.receivedAt = b.receivedAt;
        this.dueAt = b.dueAt;
        this.finishedAt = b.finishedAt;
        this.returnedAt = b.returnedAt;
        this.status = b.status;
        this.supplements = b.supplementCount == 0 ? NO_SUPPLEMENTS : Arrays.copyOf(b.supplements, b.supplementCount * 2);
        this.paymentFlag = b.paymentFlag;
        this.feeBearing = b.feeBearing;
        this.digitised = b.digitised;
        this.reused = b.reused;
        this.electronicResult = b.electronicResult;
        this.vneid = b.vneid;
        this.populationData = b.populationData;
        this.feedback = b.feedback == null ? Feedback.NONE : b.feedback;
        this.resultDelivery = b.resultDelivery;
        this.legalMaxMinutes = b.legalMaxMinutes;
        this.distanceKm = b.distanceKm;
    }

    /**
     * Starts building facts.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these facts, to change a few fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.agency = agency;
        b.procedure = procedure;
        b.sector = sector;
        b.province = province;
        b.channel = channel;
        b.legacyLevel = legacyLevel;
        b.onlineMode = onlineMode;
        b.filedAt = filedAt;
        b.receivedAt = receivedAt;
        b.dueAt = dueAt;
        b.finishedAt = finishedAt;
        b.returnedAt = returnedAt;
        b.status = status;
        b.supplements = supplements.clone();
        b.supplementCount = supplements.length / 2;
        b.paymentFlag = paymentFlag;
        b.feeBearing = feeBearing;
        b.digitised = digitised;
        b.reused = reused;
        b.electronicResult = electronicResult;
        b.vneid = vneid;
        b.populationData = populationData;
        b.feedback = feedback;
        b.resultDelivery = resultDelivery;
        b.legalMaxMinutes = legalMaxMinutes;
        b.distanceKm = distanceKm;
        return b;
    }

    private static Instant instant(long epochSecond) {
        return epochSecond == NO_TIME ? null : Instant.ofEpochSecond(epochSecond);
    }

    /** @return the dossier code, empty when unknown */
    public String code() {
        return code;
    }

    /** @return the receiving or processing agency's code, empty when unknown */
    public String agency() {
        return agency;
    }

    /** @return the procedure code, empty when unknown */
    public String procedure() {
        return procedure;
    }

    /** @return the sector (lĩnh vực) code, empty when unknown */
    public String sector() {
        return sector;
    }

    /** @return the province code, empty when unknown */
    public String province() {
        return province;
    }

    /** @return how the dossier was filed */
    public Channel channel() {
        return channel;
    }

    /** @return the procedure's legacy service level (Decree 43/2011): 2, 3 or 4, 0 when unknown */
    public int legacyLevel() {
        return legacyLevel;
    }

    /** @return the procedure's online mode (Decree 42/2022) */
    public OnlineMode onlineMode() {
        return onlineMode;
    }

    /** @return when the dossier was filed */
    public Instant filedAt() {
        return instant(filedAt);
    }

    /** @return when it was received, or {@code null} if not (yet) received */
    public Instant receivedAt() {
        return instant(receivedAt);
    }

    /** @return the appointment (due) time, or {@code null} if none was set */
    public Instant dueAt() {
        return instant(dueAt);
    }

    /**
     * When processing ended (processed, stopped, refused or withdrawn; the portal's end-time priority is the
     * producer's business), or {@code null} while it is still open.
     *
     * @return the end of processing, or {@code null}
     */
    public Instant finishedAt() {
        return instant(finishedAt);
    }

    /** @return when the result was returned to the applicant, or {@code null} */
    public Instant returnedAt() {
        return instant(returnedAt);
    }

    /** @return filing time in epoch seconds */
    public long filedEpochSecond() {
        return filedAt;
    }

    /** @return receipt time in epoch seconds, or {@link #NO_TIME} */
    public long receivedEpochSecond() {
        return receivedAt;
    }

    /** @return due time in epoch seconds, or {@link #NO_TIME} */
    public long dueEpochSecond() {
        return dueAt;
    }

    /** @return end of processing in epoch seconds, or {@link #NO_TIME} */
    public long finishedEpochSecond() {
        return finishedAt;
    }

    /** @return result return time in epoch seconds, or {@link #NO_TIME} */
    public long returnedEpochSecond() {
        return returnedAt;
    }

    /**
     * The time a report files this dossier under (for periods and day/week/month groups): the receipt time, or
     * the filing time for a dossier not received.
     *
     * @return epoch seconds
     */
    public long referenceEpochSecond() {
        return receivedAt != NO_TIME ? receivedAt : filedAt;
    }

    /** @return the dossier's portal status */
    public DossierStatus status() {
        return status;
    }

    /** @return the supplement requests, oldest first */
    public List<SupplementInterval> supplements() {
        if (supplements.length == 0) {
            return List.of();
        }
        List<SupplementInterval> list = new ArrayList<>(supplements.length / 2);
        for (int i = 0; i < supplements.length; i += 2) {
            list.add(new SupplementInterval(Instant.ofEpochSecond(supplements[i]), instant(supplements[i + 1])));
        }
        return Collections.unmodifiableList(list);
    }

    /** @return the number of supplement requests */
    public int supplementCount() {
        return supplements.length / 2;
    }

    /**
     * A supplement request time without allocation.
     *
     * @param index 0 to {@link #supplementCount()} − 1
     * @return epoch seconds
     */
    public long supplementRequestedEpochSecond(int index) {
        return supplements[index * 2];
    }

    /**
     * A supplement completion time without allocation.
     *
     * @param index 0 to {@link #supplementCount()} − 1
     * @return epoch seconds, or {@link #NO_TIME} while the request is open
     */
    public long supplementCompletedEpochSecond(int index) {
        return supplements[index * 2 + 1];
    }

    /** @return the portal's {@code DuocThanhToanTrucTuyen}: 0 not paid online, 1 national portal, 2 own gateway */
    public int paymentFlag() {
        return paymentFlag;
    }

    /** @return whether the procedure charges a non-zero fee (formula 3.6's denominator) */
    public boolean feeBearing() {
        return feeBearing;
    }

    /** @return whether the dossier's component files were digitised (4.2) */
    public boolean digitised() {
        return digitised;
    }

    /** @return whether digitised data was reused for it (4.3) */
    public boolean reused() {
        return reused;
    }

    /** @return whether an electronic result was issued (4.1) */
    public boolean electronicResult() {
        return electronicResult;
    }

    /** @return whether the account was authenticated with VNeID (4.5) */
    public boolean vneid() {
        return vneid;
    }

    /** @return whether national population data was used (4.5) */
    public boolean populationData() {
        return populationData;
    }

    /** @return the applicant's feedback */
    public Feedback feedback() {
        return feedback;
    }

    /** @return how the result is returned, or {@code null} when not stated */
    public ResultDelivery resultDelivery() {
        return resultDelivery;
    }

    /**
     * The procedure's legal maximum processing time in working minutes, used by formula 2.1 when the dossier has no
     * due time; −1 when unknown.
     *
     * @return minutes, or −1
     */
    public int legalMaxMinutes() {
        return legalMaxMinutes;
    }

    /** @return the applicant's one-way distance to the receiving office in km, −1 when unknown (savings) */
    public int distanceKm() {
        return distanceKm;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DossierFacts)) {
            return false;
        }
        DossierFacts f = (DossierFacts) o;
        return legacyLevel == f.legacyLevel && filedAt == f.filedAt && receivedAt == f.receivedAt && dueAt == f.dueAt
                && finishedAt == f.finishedAt && returnedAt == f.returnedAt && paymentFlag == f.paymentFlag
                && feeBearing == f.feeBearing && digitised == f.digitised && reused == f.reused
                && electronicResult == f.electronicResult && vneid == f.vneid && populationData == f.populationData
                && legalMaxMinutes == f.legalMaxMinutes && distanceKm == f.distanceKm && code.equals(f.code)
                && agency.equals(f.agency) && procedure.equals(f.procedure) && sector.equals(f.sector)
                && province.equals(f.province) && channel == f.channel && onlineMode == f.onlineMode
                && status == f.status && Arrays.equals(supplements, f.supplements) && feedback == f.feedback
                && resultDelivery == f.resultDelivery;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, agency, procedure, sector, province, channel, legacyLevel, onlineMode, filedAt,
                receivedAt, dueAt, finishedAt, returnedAt, status, paymentFlag, feeBearing, digitised, reused,
                electronicResult, vneid, populationData, feedback, resultDelivery, legalMaxMinutes, distanceKm,
                Arrays.hashCode(supplements));
    }

    @Override
    public String toString() {
        return "DossierFacts[code=" + code + ", agency=" + agency + ", procedure=" + procedure + ", sector=" + sector
                + ", province=" + province + ", channel=" + channel + ", level=" + legacyLevel + ", mode=" + onlineMode
                + ", status=" + status + ", filedAt=" + filedAt() + ", receivedAt=" + receivedAt() + ", dueAt="
                + dueAt() + ", finishedAt=" + finishedAt() + ", returnedAt=" + returnedAt() + ", supplements="
                + supplements() + ", payment=" + paymentFlag + ", feeBearing=" + feeBearing + ", digitised=" + digitised
                + ", reused=" + reused + ", electronicResult=" + electronicResult + ", vneid=" + vneid
                + ", populationData=" + populationData + ", feedback=" + feedback + ", resultDelivery=" + resultDelivery
                + ", legalMaxMinutes=" + legalMaxMinutes + ", distanceKm=" + distanceKm + "]";
    }

    /**
     * Builds {@link DossierFacts}. Not thread-safe; {@link #build()} may be called repeatedly (each call validates
     * and copies).
     */
    public static final class Builder {
        private String code;
        private String agency;
        private String procedure;
        private String sector;
        private String province;
        private Channel channel;
        private int legacyLevel;
        private OnlineMode onlineMode;
        private long filedAt = NO_TIME;
        private long receivedAt = NO_TIME;
        private long dueAt = NO_TIME;
        private long finishedAt = NO_TIME;
        private long returnedAt = NO_TIME;
        private DossierStatus status;
        private long[] supplements = NO_SUPPLEMENTS;
        private int supplementCount;
        private int paymentFlag;
        private boolean feeBearing;
        private boolean digitised;
        private boolean reused;
        private boolean electronicResult;
        private boolean vneid;
        private boolean populationData;
        private Feedback feedback;
        private ResultDelivery resultDelivery;
        private int legalMaxMinutes = -1;
        private int distanceKm = -1;

        private Builder() {
        }

        private static long seconds(Instant t) {
            return t == null ? NO_TIME : t.getEpochSecond();
        }

        /** @param v the dossier code @return this builder */
        public Builder code(String v) {
            this.code = v;
            return this;
        }

        /** @param v the agency code @return this builder */
        public Builder agency(String v) {
            this.agency = v;
            return this;
        }

        /** @param v the procedure code @return this builder */
        public Builder procedure(String v) {
            this.procedure = v;
            return this;
        }

        /** @param v the sector code @return this builder */
        public Builder sector(String v) {
            this.sector = v;
            return this;
        }

        /** @param v the province code @return this builder */
        public Builder province(String v) {
            this.province = v;
            return this;
        }

        /** @param v the channel (required) @return this builder */
        public Builder channel(Channel v) {
            this.channel = v;
            return this;
        }

        /** @param v the legacy level 0–4 (0 unknown) @return this builder */
        public Builder legacyLevel(int v) {
            this.legacyLevel = v;
            return this;
        }

        /** @param v the online mode; {@code null} derives it from the legacy level @return this builder */
        public Builder onlineMode(OnlineMode v) {
            this.onlineMode = v;
            return this;
        }

        /** @param v the filing time (required) @return this builder */
        public Builder filedAt(Instant v) {
            this.filedAt = seconds(v);
            return this;
        }

        /** @param v the receipt time or {@code null} @return this builder */
        public Builder receivedAt(Instant v) {
            this.receivedAt = seconds(v);
            return this;
        }

        /** @param v the due time or {@code null} @return this builder */
        public Builder dueAt(Instant v) {
            this.dueAt = seconds(v);
            return this;
        }

        /** @param v the end of processing or {@code null} @return this builder */
        public Builder finishedAt(Instant v) {
            this.finishedAt = seconds(v);
            return this;
        }

        /** @param v the result return time or {@code null} @return this builder */
        public Builder returnedAt(Instant v) {
            this.returnedAt = seconds(v);
            return this;
        }

        /** @param v filing time, epoch seconds @return this builder */
        public Builder filedEpochSecond(long v) {
            this.filedAt = v;
            return this;
        }

        /** @param v receipt time, epoch seconds or {@link #NO_TIME} @return this builder */
        public Builder receivedEpochSecond(long v) {
            this.receivedAt = v;
            return this;
        }

        /** @param v due time, epoch seconds or {@link #NO_TIME} @return this builder */
        public Builder dueEpochSecond(long v) {
            this.dueAt = v;
            return this;
        }

        /** @param v end of processing, epoch seconds or {@link #NO_TIME} @return this builder */
        public Builder finishedEpochSecond(long v) {
            this.finishedAt = v;
            return this;
        }

        /** @param v result return time, epoch seconds or {@link #NO_TIME} @return this builder */
        public Builder returnedEpochSecond(long v) {
            this.returnedAt = v;
            return this;
        }

        /** @param v the status (required) @return this builder */
        public Builder status(DossierStatus v) {
            this.status = v;
            return this;
        }

        /**
         * Replaces the supplement requests.
         *
         * @param v the intervals, oldest first
         * @return this builder
         */
        public Builder supplements(List<SupplementInterval> v) {
            this.supplements = NO_SUPPLEMENTS;
            this.supplementCount = 0;
            for (SupplementInterval s : v) {
                addSupplement(s);
            }
            return this;
        }

        /**
         * Adds one supplement request.
         *
         * @param s the interval
         * @return this builder
         */
        public Builder addSupplement(SupplementInterval s) {
            return addSupplementEpochSeconds(s.requestedAt().getEpochSecond(), seconds(s.completedAt()));
        }

        /**
         * Adds one supplement request in epoch seconds (checked by {@link #build()}).
         *
         * @param requested request time
         * @param completed completion time or {@link #NO_TIME}
         * @return this builder
         */
        public Builder addSupplementEpochSeconds(long requested, long completed) {
            if (supplements.length < (supplementCount + 1) * 2) {
                supplements = Arrays.copyOf(supplements, Math.max(4, supplements.length * 2));
            }
            supplements[supplementCount * 2] = requested;
            supplements[supplementCount * 2 + 1] = completed;
            supplementCount++;
            return this;
        }

        /** Removes all supplement requests. @return this builder */
        public Builder clearSupplements() {
            this.supplements = NO_SUPPLEMENTS;
            this.supplementCount = 0;
            return this;
        }

        /** @param v 0, 1 or 2 ({@code DuocThanhToanTrucTuyen}) @return this builder */
        public Builder paymentFlag(int v) {
            this.paymentFlag = v;
            return this;
        }

        /** @param v whether the procedure charges a non-zero fee @return this builder */
        public Builder feeBearing(boolean v) {
            this.feeBearing = v;
            return this;
        }

        /** @param v digitised @return this builder */
        public Builder digitised(boolean v) {
            this.digitised = v;
            return this;
        }

        /** @param v digitised data reused @return this builder */
        public Builder reused(boolean v) {
            this.reused = v;
            return this;
        }

        /** @param v electronic result issued @return this builder */
        public Builder electronicResult(boolean v) {
            this.electronicResult = v;
            return this;
        }

        /** @param v VNeID-authenticated @return this builder */
        public Builder vneid(boolean v) {
            this.vneid = v;
            return this;
        }

        /** @param v population data used @return this builder */
        public Builder populationData(boolean v) {
            this.populationData = v;
            return this;
        }

        /** @param v the feedback; {@code null} means none @return this builder */
        public Builder feedback(Feedback v) {
            this.feedback = v;
            return this;
        }

        /** @param v how the result is returned, or {@code null} @return this builder */
        public Builder resultDelivery(ResultDelivery v) {
            this.resultDelivery = v;
            return this;
        }

        /** @param v legal maximum in working minutes, −1 when unknown @return this builder */
        public Builder legalMaxMinutes(int v) {
            this.legalMaxMinutes = v;
            return this;
        }

        /** @param v one-way distance in km, −1 when unknown @return this builder */
        public Builder distanceKm(int v) {
            this.distanceKm = v;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the facts
         * @throws StatsException naming the first invalid field
         */
        public DossierFacts build() {
            if (channel == null) {
                throw invalid("Thiếu kênh thực hiện", "The channel is missing");
            }
            if (status == null) {
                throw invalid("Thiếu trạng thái hồ sơ", "The status is missing");
            }
            if (filedAt == NO_TIME) {
                throw invalid("Thiếu thời điểm nộp hồ sơ", "The filing time is missing");
            }
            if (legacyLevel < 0 || legacyLevel > 4) {
                throw invalid("Mức độ dịch vụ %d không hợp lệ (0–4)", "Service level %d is not 0–4", legacyLevel);
            }
            if (!dev.dvc4j.core.dossier.PaymentMethod.isPortalFlag(paymentFlag)) {
                throw invalid("Cờ thanh toán trực tuyến %d không hợp lệ (0, 1, 2)",
                        "Online payment flag %d is not 0, 1 or 2", paymentFlag);
            }
            if (legalMaxMinutes < -1) {
                throw invalid("Thời hạn tối đa %d phút không hợp lệ", "Legal maximum of %d minutes is invalid",
                        legalMaxMinutes);
            }
            if (distanceKm < -1) {
                throw invalid("Khoảng cách %d km không hợp lệ", "Distance of %d km is invalid", distanceKm);
            }
            checkRange(filedAt, "nộp hồ sơ", "filing");
            checkRange(receivedAt, "tiếp nhận", "receipt");
            checkRange(dueAt, "hẹn trả", "due");
            checkRange(finishedAt, "kết thúc xử lý", "end of processing");
            checkRange(returnedAt, "trả kết quả", "result return");
            for (int i = 0; i < supplementCount * 2; i++) {
                checkRange(supplements[i], "bổ sung", "supplement");
            }
            checkAfterFiling(receivedAt, "tiếp nhận", "receipt");
            checkAfterFiling(dueAt, "hẹn trả", "due");
            checkAfterFiling(finishedAt, "kết thúc xử lý", "end of processing");
            checkAfterFiling(returnedAt, "trả kết quả", "result return");
            for (int i = 0; i < supplementCount; i++) {
                long req = supplements[i * 2];
                long done = supplements[i * 2 + 1];
                if (req == NO_TIME) {
                    throw invalid("Thiếu thời điểm yêu cầu bổ sung", "A supplement request time is missing");
                }
                checkAfterFiling(req, "yêu cầu bổ sung", "supplement request");
                if (done != NO_TIME && done < req) {
                    throw invalid("Bổ sung xong (%s) trước khi yêu cầu (%s)",
                            "A supplement was completed (%s) before it was requested (%s)",
                            Instant.ofEpochSecond(done), Instant.ofEpochSecond(req));
                }
            }
            return new DossierFacts(this);
        }

        private static void checkRange(long t, String vi, String en) {
            if (t != NO_TIME && (t < Instant.MIN.getEpochSecond() || t > Instant.MAX.getEpochSecond())) {
                throw invalid("Thời điểm " + vi + " %d (giây kể từ 1970) nằm ngoài phạm vi thời gian",
                        "The " + en + " time %d (epoch seconds) is outside the representable range", t);
            }
        }

        private void checkAfterFiling(long t, String vi, String en) {
            if (t != NO_TIME && t < filedAt) {
                throw invalid("Thời điểm " + vi + " %s trước thời điểm nộp %s",
                        "The " + en + " time %s is before the filing time %s",
                        Instant.ofEpochSecond(t), Instant.ofEpochSecond(filedAt));
            }
        }

        private static StatsException invalid(String vi, String en, Object... args) {
            return new StatsException("stats.facts.invalid", LocalizedText.of(vi, en).formatted(args));
        }
    }
}
