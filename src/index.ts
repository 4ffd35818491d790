/**
 * The public surface: only the functions Apps Script calls (simple triggers, menu items,
 * installable triggers, google.script.run). One line each; build.mjs turns every export into a
 * top-level function of dist/Code.js.
 */
import { installMenu, openMenu, showWholeMenu } from './app/menu';
import { menuAction } from './app/run';
import { runSetup } from './app/menu-actions';
import { runRosterCheck } from './app/roster-check';
import * as sidebar from './app/sidebar';
import * as status from './app/status';
import { showReadiness } from './app/readiness';
import { dailyRun } from './app/daily';
import * as survey from './app/survey/actions';
import { onSurveyFormSubmit as surveySubmit } from './app/survey/submit';
import * as nominations from './app/nominations/actions';
import { connectNominationFormForSidebar, type ConnectResult as NominationConnectResult } from './app/nominations/connect';
import { continueResync as continueNominationResync } from './app/nominations/resync';
import { onNominationFormSubmit as nominationSubmit } from './app/nominations/submit';
import { onSpreadsheetFormSubmit as spreadsheetSubmit } from './app/route';
import { runPrepareAssessment } from './app/assessment/prepare';
import { runBeritaAcara } from './app/assessment/berita-acara';
import { runDraftDecree } from './app/decree/draft';
import { runCreateTemplate } from './app/decree/template';
import { runActionPlan, runSubmitActionPlan } from './app/action-plan';
import { onReportFormSubmit as reportSubmit, runCreateReportForm } from './app/reports';
import { runMonitoringReport } from './app/monitoring-report';
import { runSendReminders } from './app/reminders';
import { onPlanEdit } from './app/plan-edit';

/** Simple trigger: the menu under Extensions for e.authMode (NONE: the starter items only). */
export function onOpen(e?: unknown): void { openMenu(e); }
/** Simple trigger: an edit of Rencana Tindak refreshes the edited rows' Status there and then (nothing else is touched). */
export function onEdit(e?: unknown): void { onPlanEdit(e as Parameters<typeof onPlanEdit>[0]); }
/** Editor add-on install (AuthMode.FULL): builds the menu and nothing else. */
export function onInstall(_e?: unknown): void { installMenu(); }

export function menuSiapkanLembarKerja(): void { menuAction('Siapkan Lembar Kerja', () => { showWholeMenu(); runSetup(); }); }
export function menuPeriksaDataPegawai(): void { menuAction('Periksa Data Pegawai', runRosterCheck); }
export function menuPengaturan(): void { menuAction('Pengaturan', sidebar.showSettingsSidebar); }
export function menuStatusBantuan(): void { menuAction('Status & Bantuan', () => { showWholeMenu(); status.showStatus(); }); }
/** Checks on the live deployment what could not be confirmed offline; records it in `Uji Kesiapan`. */
export function menuUjiKesiapan(): void { menuAction('Uji Kesiapan', () => { showWholeMenu(); showReadiness(); }); }
/** google.script.run from Sidebar.html. */
export function sidebarLoad(): sidebar.SidebarState { return sidebar.sidebarLoad(); }
export function sidebarSave(input: Record<string, unknown>): sidebar.SaveResult { return sidebar.sidebarSave(input); }
export function sidebarCheckFormUrl(kind: sidebar.FormKind, url: string): sidebar.FormCheck { return sidebar.sidebarCheckFormUrl(kind, url); }
export function sidebarCreateTemplate(): sidebar.TemplateCreation { return sidebar.sidebarCreateTemplate(); }
/** google.script.run from Status.html. */
export function statusLoad(): status.StatusReport { return status.statusLoad(); }
export function statusRepairTriggers(): status.RepairResult { return status.statusRepairTriggers(); }
/** Daily time-driven trigger: repairs missing triggers and notes what it did; in an add-on also runs waiting continuations (hourly while any wait). */
export function cekHarian(_e?: unknown): void { dailyRun(); }
export function menuHubungkanFormulirPenjaringan(): void { nominations.menuConnectNominations(); }
export function menuSinkronkanUlangPenjaringan(): void { nominations.menuResyncNominations(); }
export function menuPerbaruiPilihanNama(): void { nominations.menuUpdateFormChoices(); }
/** google.script.run (sidebar): connect the nomination Form; `confirmed` answers the add-on-route question. */
export function nominationConnect(confirmed: boolean): NominationConnectResult { return connectNominationFormForSidebar(confirmed); }
/** Installable trigger on the nomination Form. */
export function onNominationFormSubmit(e?: unknown): void { nominationSubmit(e as Parameters<typeof nominationSubmit>[0]); }
/** Installable spreadsheet form-submit trigger (add-on route): routed by the response tab's Form. */
export function onSpreadsheetFormSubmit(e?: unknown): void { spreadsheetSubmit(e as Parameters<typeof spreadsheetSubmit>[0]); }
/** One-off clock trigger continuing a nomination re-sync that ran out of time. */
export function lanjutkanSinkronisasiPenjaringan(_e?: unknown): void { continueNominationResync(); }
export function menuHubungkanFormulirSurvei(): void { survey.menuConnectSurvey(); }
export function menuSinkronkanUlangSurvei(): void { survey.menuResyncSurvey(); }
/** google.script.run (sidebar): connect the survey Form; `confirmed` answers the add-on-route question. */
export function surveyConnect(confirmed: boolean): survey.SurveyConnectResultData { return survey.connectSurveyForSidebar(confirmed); }
/** Installable trigger on the survey Form. */
export function onSurveyFormSubmit(e?: unknown): void { surveySubmit(e as Parameters<typeof surveySubmit>[0]); }
/** One-off clock trigger continuing a survey re-sync that ran out of time. */
export function lanjutkanSinkronSurvei(_e?: unknown): void { survey.continueSurveyResync(); }
export function menuSiapkanPenilaian(): void { menuAction('Siapkan Penilaian', runPrepareAssessment); }
export function menuBuatBeritaAcara(): void { menuAction('Buat Berita Acara Penilaian', runBeritaAcara); }
export function menuBuatDrafSK(): void { menuAction('Buat Draf SK', runDraftDecree); }
export function menuBuatTemplateSK(): void { menuAction('Buat Template SK', runCreateTemplate); }
export function menuSiapkanRencanaTindak(): void { menuAction('Siapkan Rencana Tindak', runActionPlan); }
export function menuAjukanRencanaTindak(): void { menuAction('Ajukan Rencana Tindak', runSubmitActionPlan); }
export function menuBuatFormulirLaporan(): void { menuAction('Buat Formulir Laporan', runCreateReportForm); }
export function menuBuatLaporanPemantauan(): void { menuAction('Buat Laporan Pemantauan', runMonitoringReport); }
/** Sends the reminders Status & Bantuan lists, only when Pengaturan › Kirim Pengingat Email is Ya. */
export function menuKirimPengingatEmail(): void { menuAction('Kirim Pengingat Email', runSendReminders); }
/** Installable trigger on the product's report Form. */
export function onReportFormSubmit(e?: unknown): void { reportSubmit(e as Parameters<typeof reportSubmit>[0]); }
