/**
 * Interoperability with the National Public Service Portal (Cổng Dịch vụ công quốc gia): the dossier sync payload
 * of the services {@code DongBoHoSoMC} and {@code CapNhatTienDoHoSoMC}, both ways.
 *
 * <ul>
 *   <li>{@link dev.dvc4j.core.portal.PortalMapper} turns a {@link dev.dvc4j.core.dossier.Dossier} into a
 *       {@link dev.dvc4j.core.portal.PortalDossier} (one element of {@code data[]}) and its
 *       {@link dev.dvc4j.core.portal.PortalProgress} entries, wraps them in a
 *       {@link dev.dvc4j.core.portal.SyncRequest} and writes the JSON; {@code exportJson} does all of it in one
 *       call.</li>
 *   <li>{@link dev.dvc4j.core.portal.PortalReader} reads a payload back, strictly (a
 *       {@link dev.dvc4j.core.portal.PortalPayloadException} listing every problem with its JSON path) or leniently
 *       (a {@link dev.dvc4j.core.portal.ReadResult} keeping every dossier, with the unreadable fields left
 *       {@code null} and each problem recorded).</li>
 *   <li>The code sets that differ between systems ({@code LoaiDoiTuong}, {@code HinhThuc}, {@code LoaiPhiLePhi},
 *       {@code HinhThucThu}, fee codes) are a configurable {@link dev.dvc4j.core.portal.PortalCodes} table.</li>
 *   <li>No HTTP client is imposed: a host implements {@link dev.dvc4j.core.portal.PortalClient} with its own.</li>
 * </ul>
 *
 * <p>Dates travel as {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh ({@link dev.dvc4j.core.portal.PortalTime}); the
 * payload keeps whole seconds, so sub-second precision is lost. The field list follows two independent
 * integrations; the official specification was not available, so the code tables are data, not truths.
 *
 * <p>The payload legitimately contains the applicant's name, identifier, phone number and e-mail. The records'
 * {@code toString()} masks them; nothing in this package logs.
 */
package dev.dvc4j.core.portal;
