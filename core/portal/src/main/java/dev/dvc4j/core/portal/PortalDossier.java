package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.id.Masking;
import dev.dvc4j.core.money.Vnd;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One dossier of the portal's sync payload ({@code DongBoHoSoMC}, an element of {@code data[]}), and the read model
 * statistics are built from.
 *
 * <p>Field names on the wire are the portal's ({@code MaHoSo}, {@code NgayNopHoSo}, …); dates are
 * {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh at whole seconds ({@link PortalTime}); status, channel and the payment
 * flag are numbers; yes/no flags are {@code 1}/{@code 0}; the system-specific codes ({@code LoaiDoiTuong},
 * {@code HinhThuc}, fee codes) are kept as the payload states them and interpreted with a {@link PortalCodes} table.
 *
 * <p>As a read model any field may be {@code null}: the payload lacked it, or a lenient read
 * ({@link PortalReader#read(String)}) found it malformed and recorded a problem. Lists are never {@code null}.
 *
 * <p>It holds the applicant's name, identifier, phone number and e-mail, as the portal requires; {@link #toString()}
 * masks them. Do not log the accessors' values.
 *
 * @param code the dossier code ({@code MaHoSo}, required)
 * @param procedureCode the national procedure code ({@code MaTTHC}, required)
 * @param procedureName the procedure's name ({@code TenTTHC})
 * @param sectorCode the sector's code ({@code MaLinhVuc})
 * @param sectorName the sector's name ({@code TenLinhVuc})
 * @param channel how it was filed ({@code KenhThucHien}: 1 in person, 2 online, 3 public postal service)
 * @param applicantName the applicant's name ({@code ChuHoSo}; personal data)
 * @param applicantId the applicant's identifier: personal number or tax code ({@code SoGiayToChuHoSo}; personal data)
 * @param applicantType the applicant type code ({@code LoaiDoiTuong}), see {@link PortalCodes#applicantTypes()}
 * @param applicantCode the applicant's code in the sending system ({@code MaDoiTuong}), or {@code null}
 * @param email the applicant's e-mail ({@code Email}; personal data)
 * @param phone the applicant's phone number ({@code SoDienThoai}; personal data)
 * @param summary the summary ({@code TrichYeuHoSo})
 * @param filedAt when it was filed ({@code NgayNopHoSo})
 * @param receivedAt when it was received ({@code NgayTiepNhan})
 * @param dueAt the current appointment date ({@code NgayHenTra})
 * @param status the status ({@code TrangThaiHoSo}, 1 to 10, required)
 * @param returnedAt when the result was returned ({@code NgayTra})
 * @param returnInfo how or where the result was returned ({@code ThongTinTra}), free text
 * @param deliveryForm the result-delivery code ({@code HinhThuc}), see {@link PortalCodes#deliveryForms()}
 * @param processingEndedAt when processing ended ({@code NgayKetThucXuLy}): processed, refused, withdrawn or stopped
 * @param processingUnit the processing unit ({@code DonViXuLy})
 * @param refusedAt when it was refused, at reception or by a reasoned rejection ({@code NgayTuChoi})
 * @param digitisedComponents whether a component was digitised ({@code HoSoCoThanhPhanSoHoa}, 1/0)
 * @param vneidAuthenticated whether the applicant's account was VNeID-authenticated
 *                           ({@code TaiKhoanDuocXacThucVoiVNeID}, 1/0)
 * @param onlinePayment {@code DuocThanhToanTrucTuyen}: 1 paid on the national portal, 2 paid through a ministry's or
 *                      province's gateway, 0 not paid online
 * @param documents the submitted files ({@code TaiLieuNop})
 * @param fees the fees and charges ({@code DanhSachLePhi})
 * @param supplements the supplement rounds ({@code DanhSachHoSoBoSung})
 * @param results the result documents ({@code DanhSachGiayToKetQua})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien", "ChuHoSo",
        "SoGiayToChuHoSo", "LoaiDoiTuong", "MaDoiTuong", "Email", "SoDienThoai", "TrichYeuHoSo", "NgayNopHoSo",
        "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "NgayTra", "ThongTinTra", "HinhThuc", "NgayKetThucXuLy",
        "DonViXuLy", "NgayTuChoi", "HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID", "DuocThanhToanTrucTuyen",
        "TaiLieuNop", "DanhSachLePhi", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua"})
public record PortalDossier(
        @JsonProperty("MaHoSo") @Nullable String code,
        @JsonProperty("MaTTHC") @Nullable String procedureCode,
        @JsonProperty("TenTTHC") @Nullable String procedureName,
        @JsonProperty("MaLinhVuc") @Nullable String sectorCode,
        @JsonProperty("TenLinhVuc") @Nullable String sectorName,
        @JsonProperty("KenhThucHien") @PortalChannelField @Nullable Channel channel,
        @JsonProperty("ChuHoSo") @Nullable String applicantName,
        @JsonProperty("SoGiayToChuHoSo") @Nullable String applicantId,
        @JsonProperty("LoaiDoiTuong") @Nullable String applicantType,
        @JsonProperty("MaDoiTuong") @Nullable String applicantCode,
        @JsonProperty("Email") @Nullable String email,
        @JsonProperty("SoDienThoai") @Nullable String phone,
        @JsonProperty("TrichYeuHoSo") @Nullable String summary,
        @JsonProperty("NgayNopHoSo") @PortalTimeField @Nullable Instant filedAt,
        @JsonProperty("NgayTiepNhan") @PortalTimeField @Nullable Instant receivedAt,
        @JsonProperty("NgayHenTra") @PortalTimeField @Nullable Instant dueAt,
        @JsonProperty("TrangThaiHoSo") @PortalStatusField @Nullable DossierStatus status,
        @JsonProperty("NgayTra") @PortalTimeField @Nullable Instant returnedAt,
        @JsonProperty("ThongTinTra") @Nullable String returnInfo,
        @JsonProperty("HinhThuc") @Nullable String deliveryForm,
        @JsonProperty("NgayKetThucXuLy") @PortalTimeField @Nullable Instant processingEndedAt,
        @JsonProperty("DonViXuLy") @Nullable String processingUnit,
        @JsonProperty("NgayTuChoi") @PortalTimeField @Nullable Instant refusedAt,
        @JsonProperty("HoSoCoThanhPhanSoHoa") @PortalFlagField @Nullable Boolean digitisedComponents,
        @JsonProperty("TaiKhoanDuocXacThucVoiVNeID") @PortalFlagField @Nullable Boolean vneidAuthenticated,
        @JsonProperty("DuocThanhToanTrucTuyen") @Nullable Integer onlinePayment,
        @JsonProperty("TaiLieuNop") @Nullable List<PortalDocument> documents,
        @JsonProperty("DanhSachLePhi") @Nullable List<PortalFee> fees,
        @JsonProperty("DanhSachHoSoBoSung") @Nullable List<PortalSupplement> supplements,
        @JsonProperty("DanhSachGiayToKetQua") @Nullable List<PortalResult> results) implements PortalRecord {

    /** Makes the lists immutable ({@code null} becomes empty). */
    public PortalDossier {
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
        results = results == null ? List.of() : List.copyOf(results);
    }

    // ------------------------------------------------------------------ what statistics read

    /** @return whether some result document carries an electronic file (Decision 766 indicator 4.1) */
    public boolean hasElectronicResult() {
        return results.stream().anyMatch(PortalResult::electronic);
    }

    /**
     * Whether the dossier has a digitised component: {@code HoSoCoThanhPhanSoHoa = 1} or some file with
     * {@code DuocSoHoa = 1} (indicator 4.2).
     *
     * @return whether it has one
     */
    public boolean hasDigitisedComponent() {
        return Boolean.TRUE.equals(digitisedComponents)
                || documents.stream().anyMatch(d -> Boolean.TRUE.equals(d.digitised()));
    }

    /** @return whether some file reuses digitised data ({@code DuocTaiSuDung = 1}, indicator 4.3) */
    public boolean hasReusedData() {
        return documents.stream().anyMatch(d -> Boolean.TRUE.equals(d.reused()));
    }

    /** @return whether some file was taken from the portal's store ({@code DuocLayTuKhoDMQG = 1}, indicator 4.4) */
    public boolean hasNationalStoreDocument() {
        return documents.stream().anyMatch(d -> Boolean.TRUE.equals(d.fromNationalStore()));
    }

    /** @return whether it was paid online ({@code DuocThanhToanTrucTuyen} 1 or 2, indicator 3.6) */
    public boolean paidOnline() {
        return onlinePayment != null && onlinePayment != 0 && PaymentMethod.isPortalFlag(onlinePayment);
    }

    /** @return the sum of the fees' amounts (amounts a lenient read could not use count as zero) */
    public Vnd totalFees() {
        Vnd t = Vnd.ZERO;
        for (PortalFee f : fees) {
            if (f.amount() != null) {
                t = t.plus(f.amount());
            }
        }
        return t;
    }

    /** @return whether some fee is above zero (the 3.6 denominator excludes dossiers whose fees are all zero) */
    public boolean feeBearing() {
        return fees.stream().anyMatch(f -> f.amount() != null && f.amount().isPositive());
    }

    /** @return whether the last supplement round is still open */
    public boolean hasOpenSupplement() {
        return !supplements.isEmpty() && supplements.get(supplements.size() - 1).open();
    }

    /**
     * When the dossier's handling ended, by the portal's priority: the end of processing ({@code NgayKetThucXuLy}),
     * else the return of the result ({@code NgayTra}), else the refusal ({@code NgayTuChoi}).
     *
     * @return the end, or empty while open
     */
    public Optional<Instant> endedAt() {
        if (processingEndedAt != null) {
            return Optional.of(processingEndedAt);
        }
        return Optional.ofNullable(returnedAt != null ? returnedAt : refusedAt);
    }

    /** The codes, status, channel and dates; the applicant's name, identifier, phone and e-mail are masked. */
    @Override
    public String toString() {
        return "PortalDossier[MaHoSo=" + code + ", MaTTHC=" + procedureCode + ", TrangThaiHoSo="
                + (status == null ? "null" : status.portalCode()) + ", KenhThucHien="
                + (channel == null ? "null" : channel.portalCode()) + ", ChuHoSo=" + Masking.maskName(applicantName)
                + ", SoGiayToChuHoSo=" + Masking.mask(applicantId) + ", LoaiDoiTuong=" + applicantType
                + ", Email=" + maskEmail(email) + ", SoDienThoai=" + Masking.mask(phone)
                + ", NgayNopHoSo=" + filedAt + ", NgayTiepNhan=" + receivedAt + ", NgayHenTra=" + dueAt
                + ", NgayKetThucXuLy=" + processingEndedAt + ", NgayTra=" + returnedAt
                + ", TaiLieuNop=" + documents.size() + ", DanhSachLePhi=" + fees.size()
                + ", DanhSachHoSoBoSung=" + supplements.size() + ", DanhSachGiayToKetQua=" + results.size() + "]";
    }

    static String maskEmail(String email) {
        if (email == null) {
            return "null";
        }
        int at = email.indexOf('@');
        return at <= 0 ? Masking.mask(email) : email.charAt(0) + "***" + email.substring(at);
    }
}
