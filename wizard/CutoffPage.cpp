#include "CutoffPage.h"

#include "CalendarDialog.h"
#include "JobProgressPanel.h"
#include "ProjectCalendarModel.h"
#include "ProjectSession.h"
#include "RecordTableModel.h"
#include "TableViews.h"
#include "closeout/CloseOutTables.h"
#include "closeout/CutoffStore.h"
#include "domain/BusinessCalendar.h"
#include "domain/Catalogs.h"
#include "domain/LocaleFormat.h"
#include "staging/Delta.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Cutover {

namespace {

constexpr int kDeltaRowsShown = 5000;

} // namespace

CutoffPage::CutoffPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Cutoff, session, parent)
{
    setSubTitle(tr("Pick the moment after which new work goes into the new system only."));
    setHelpText(tr("Choose the cutoff date, time and time zone. Cutover freezes it, flags rows created or changed "
                   "after it, and compares any later re-export against the final export so that work entered after the "
                   "cutoff is listed and imported, not lost."));

    QVBoxLayout *layout = contentLayout();
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("cutoffCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::RichText);
    layout->addWidget(m_current);

    auto *form = new QFormLayout;
    auto *when = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("cutoffDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Cutoff date"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("cutoffTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Cutoff time"));
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addStretch(1);
    auto *dateLabel = new QLabel(tr("&Date and time:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, when);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("cutoffZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Cutoff time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, m_zone);

    m_resolution = new QLabel(this);
    m_resolution->setObjectName(QStringLiteral("cutoffResolution"));
    m_resolution->setWordWrap(true);
    form->addRow(QString(), m_resolution);
    auto *occurrence = new QHBoxLayout;
    m_earlier = new QRadioButton(tr("The &first time"), this);
    m_earlier->setObjectName(QStringLiteral("cutoffEarlier"));
    m_later = new QRadioButton(tr("The &second time"), this);
    m_later->setObjectName(QStringLiteral("cutoffLater"));
    m_earlier->setChecked(true);
    m_useNext = new QPushButton(tr("&Use the next moment that exists"), this);
    m_useNext->setObjectName(QStringLiteral("cutoffUseNext"));
    occurrence->addWidget(m_earlier);
    occurrence->addWidget(m_later);
    occurrence->addWidget(m_useNext);
    occurrence->addStretch(1);
    form->addRow(QString(), occurrence);
    m_reasonLabel = new QLabel(tr("&Reason for the change:"), this);
    m_reason = new QLineEdit(this);
    keepDraft(m_reason, QStringLiteral("reason"));
    m_reason->setObjectName(QStringLiteral("cutoffReason"));
    m_reason->setPlaceholderText(tr("Required once the final export is loaded; kept in the audit log"));
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Set the cu&toff"), this);
    m_save->setObjectName(QStringLiteral("saveCutoff"));
    m_save->setToolTip(tr("Saves the cutoff; snapshots already loaded are checked against it again."));
    m_calendar = new QPushButton(tr("Business-day c&alendar…"), this);
    m_calendar->setObjectName(QStringLiteral("openCalendar"));
    m_calendar->setToolTip(tr("The firm's holidays, its own days off and imported holiday calendars."));
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_calendar);
    layout->addLayout(buttons);
    m_progress = new JobProgressPanel(this);
    layout->addWidget(m_progress);

    m_deltaBox = new QGroupBox(tr("Since the final export"), this);
    m_deltaBox->setObjectName(QStringLiteral("deltaBox"));
    auto *deltaLayout = new QVBoxLayout(m_deltaBox);
    m_deltaLine = new QLabel(m_deltaBox);
    m_deltaLine->setObjectName(QStringLiteral("deltaLine"));
    m_deltaLine->setWordWrap(true);
    deltaLayout->addWidget(m_deltaLine);
    m_deltaCounts = new RecordTableModel(this);
    m_deltaCountsView = makeTable(m_deltaBox, QStringLiteral("deltaCounts"), tr("Changes per kind of record"),
                                  tr("Load a re-export as a delta snapshot on the Export step to see what changed."));
    m_deltaCountsView->setModel(m_deltaCounts);
    m_deltaCountsView->setMaximumHeight(m_deltaCountsView->fontMetrics().height() * 9);
    deltaLayout->addWidget(m_deltaCountsView);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), m_deltaBox);
    m_deltaFilterLabel = filterLabel;
    m_deltaFilter = new QComboBox(m_deltaBox);
    m_deltaFilter->setObjectName(QStringLiteral("deltaFilter"));
    m_deltaFilter->addItem(tr("All changes"), QString());
    for (DeltaChange c : { DeltaChange::New, DeltaChange::Changed, DeltaChange::Deleted })
        m_deltaFilter->addItem(DeltaChanges::title(c), DeltaChanges::key(c));
    filterLabel->setBuddy(m_deltaFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_deltaFilter);
    filterRow->addStretch(1);
    deltaLayout->addLayout(filterRow);
    m_deltaRows = new RecordTableModel(this);
    m_deltaRowsView = makeTable(m_deltaBox, QStringLiteral("deltaRows"), tr("Records new, changed or deleted"));
    setMaskedModel(m_deltaRowsView, m_deltaRows);
    m_deltaRowsView->setToolTip(tr("Untick a record to leave it out of the import (Space)."));
    deltaLayout->addWidget(m_deltaRowsView, 1);
    layout->addWidget(m_deltaBox, 1);
    layout->addStretch(0);

    m_deltaRows->setCheckHandler([this](int row, int, bool checked) {
        ProjectStore *store = this->session()->store();
        const QStringList parts = m_deltaRows->key(row).split(QLatin1Char('\x1f'));
        const auto entity = Entities::fromKey(parts.value(0));
        if (!store || !entity)
            return false;
        if (m_deltaRows->value(row, CloseOutTables::DeltaChangeColumn).toString()
            == DeltaChanges::title(DeltaChange::Deleted)) {
            QMessageBox::information(this, tr("Cutoff"),
                                     tr("Deleted records are not imported: the import never deletes. Remove them in "
                                        "the new system by hand if they should go."));
            return false;
        }
        QString error;
        if (!Delta::setImport(store->database(), m_deltaSnapshot, *entity, { parts.value(1) }, checked, &error)) {
            QMessageBox::warning(this, tr("Cutoff"), error);
            return false;
        }
        // The counts follow; the list keeps its place.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (ProjectStore *s = this->session()->store())
                    CloseOutTables::showDeltaCounts(m_deltaCounts, Delta::counts(s->database(), m_deltaSnapshot));
            },
            Qt::QueuedConnection);
        return true;
    });

    connect(m_date, &QDateEdit::dateChanged, this, &CutoffPage::updateResolution);
    connect(m_time, &QTimeEdit::timeChanged, this, &CutoffPage::updateResolution);
    connect(m_zone, &QComboBox::currentTextChanged, this, &CutoffPage::updateResolution);
    connect(m_earlier, &QRadioButton::toggled, this, &CutoffPage::updateResolution);
    connect(m_useNext, &QPushButton::clicked, this, [this] {
        const CutoffResolution r = Cutoffs::resolve(m_date->date(), m_time->time(), m_zone->currentText().toUtf8());
        if (r.kind != CutoffResolution::Kind::Skipped || !r.utc.isValid())
            return;
        const QDateTime there = r.utc.toTimeZone(QTimeZone(m_zone->currentText().toUtf8()));
        m_date->setDate(there.date());
        m_time->setTime(there.time());
    });
    connect(m_save, &QPushButton::clicked, this, &CutoffPage::saveCutoff);
    connect(m_calendar, &QPushButton::clicked, this, &CutoffPage::openCalendar);
    connect(m_deltaFilter, &QComboBox::currentIndexChanged, this, &CutoffPage::showDeltaRows);
    connect(session, &ProjectSession::projectChanged, this, &CutoffPage::projectChanged);
    projectChanged();
}

CutoffPage::~CutoffPage()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void CutoffPage::initializePage()
{
    StepPage::initializePage();
    showStored();
    refreshDelta();
}

void CutoffPage::projectChanged()
{
    const bool open = session()->store() != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *> { m_date, m_time, m_zone, m_save, m_calendar, m_reason })
        w->setEnabled(open);
    showStored();
    refreshDelta();
}

void CutoffPage::showStored()
{
    ProjectStore *store = session()->store();
    m_loading = true;
    if (!store) {
        m_current->setText(tr("No project is open."));
        m_loading = false;
        updateResolution();
        return;
    }
    const auto cutoff = CutoffStore::load(store->database());
    const QByteArray firmZone = store->settings().timeZone.toUtf8();
    if (cutoff) {
        m_date->setDate(cutoff->localDate);
        m_time->setTime(cutoff->localTime);
        m_zone->setCurrentText(QString::fromUtf8(cutoff->zoneId));
        // A time that happens twice was saved as one of its two instants.
        const CutoffResolution r = Cutoffs::resolve(cutoff->localDate, cutoff->localTime, cutoff->zoneId);
        (r.kind == CutoffResolution::Kind::Ambiguous && cutoff->utc == r.laterUtc ? m_later : m_earlier)
            ->setChecked(true);
        const BusinessCalendar calendar =
            BusinessCalendar::forProject(store->database(), store->settings().holidayRegion);
        const QTimeZone zone(firmZone);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
        const int days = calendar.businessDaysBetween(today, cutoff->utc.toTimeZone(zone).date());
        const QString when = days > 0 ? tr("%n business day(s) from today", nullptr, days)
            : days < 0                ? tr("%n business day(s) ago", nullptr, -days)
                                      : tr("today or the last business day");
        m_current->setText(tr("<b>Cutoff:</b> %1 — %2 UTC, %3 (holidays: %4).")
                               .arg(cutoff->localeText(QLocale()).toHtmlEscaped(),
                                    LocaleFormat::dateTime(cutoff->utc, QTimeZone::utc()), when.toHtmlEscaped(),
                                    HolidayRegions::title(store->settings().holidayRegion).toHtmlEscaped()));
    } else {
        // A sensible first proposal: the end of the next month's last business day is
        // the firm's call, so just the end of today in the firm's zone.
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(firmZone));
        m_date->setDate(now.date());
        m_time->setTime(QTime(17, 0));
        m_zone->setCurrentText(QString::fromUtf8(firmZone));
        m_current->setText(tr("<b>No cutoff is set yet.</b> Pick the moment after which new work goes into the new "
                              "system only."));
    }
    const bool afterFinal = cutoff && CutoffStore::hasFinalSnapshot(store->database());
    m_reasonLabel->setVisible(afterFinal);
    m_reason->setVisible(afterFinal);
    m_loading = false;
    updateResolution();
}

Cutoff CutoffPage::editedCutoff() const
{
    return Cutoffs::make(m_date->date(), m_time->time(), m_zone->currentText().trimmed().toUtf8(),
                         m_later->isChecked() ? Cutoffs::Occurrence::Later : Cutoffs::Occurrence::Earlier);
}

void CutoffPage::updateResolution()
{
    if (m_loading)
        return;
    const CutoffResolution r =
        Cutoffs::resolve(m_date->date(), m_time->time(), m_zone->currentText().trimmed().toUtf8());
    const bool ambiguous = r.kind == CutoffResolution::Kind::Ambiguous;
    m_earlier->setVisible(ambiguous);
    m_later->setVisible(ambiguous);
    m_useNext->setVisible(r.kind == CutoffResolution::Kind::Skipped);
    const Cutoff c = editedCutoff();
    switch (r.kind) {
    case CutoffResolution::Kind::Exact:
        m_resolution->setText(tr("= %1 UTC").arg(LocaleFormat::dateTime(c.utc, QTimeZone::utc())));
        break;
    case CutoffResolution::Kind::Ambiguous:
        m_resolution->setText(r.message + QLatin1Char(' ')
                              + tr("= %1 UTC").arg(LocaleFormat::dateTime(c.utc, QTimeZone::utc())));
        break;
    case CutoffResolution::Kind::Skipped:
    case CutoffResolution::Kind::Invalid:
        m_resolution->setText(r.message);
        break;
    }
    m_save->setEnabled(session()->store() != nullptr && c.isValid() && !m_job);
}

bool CutoffPage::saveCutoff()
{
    ProjectStore *store = session()->store();
    const Cutoff c = editedCutoff();
    if (!store || !c.isValid() || m_job)
        return false;
    QString error;
    if (!CutoffStore::save(*store, c, m_reason->text(), &error)) {
        QMessageBox::warning(this, tr("Cutoff"), error);
        return false;
    }
    m_reason->clear();
    clearDraft(QStringLiteral("reason"));
    showStored();
    if (!CutoffStore::needsReflag(store->database()).isEmpty()) {
        auto *job = new CutoffReflagJob(store->filePath());
        m_job = job;
        m_save->setEnabled(false);
        m_progress->track(job);
        connect(job, &Job::finished, this, [this] {
            updateResolution();
            emit reflagged();
        });
        JobProgressPanel::startAndDispose(job);
    }
    return true;
}

void CutoffPage::openCalendar()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    emit calendarRequested();
    ProjectCalendarModel calendar(store->database().connectionName(), store->settings().holidayRegion);
    CalendarDialog dialog(&calendar, this);
    dialog.setObjectName(QStringLiteral("calendarDialog"));
    dialog.exec();
    // Days added or removed change the count of business days to the cutoff.
    showStored();
}

void CutoffPage::refreshDelta()
{
    ProjectStore *store = session()->store();
    m_deltaSnapshot = 0;
    if (!store) {
        m_deltaLine->clear();
        CloseOutTables::showDeltaCounts(m_deltaCounts, {});
        showDeltaRows();
        return;
    }
    const QSqlDatabase db = store->database();
    const auto final = StagingStore::latestSnapshot(db, SnapshotKind::Final);
    const auto delta = Delta::latestDelta(db);
    if (!final) {
        m_deltaLine->setText(tr("No final export yet. Load it on the Export step as the final snapshot at the cutoff; "
                                "a re-export loaded after it is compared with it here."));
    } else if (!delta) {
        m_deltaLine->setText(tr("Final export: snapshot %1. No re-export since; load one as a delta snapshot to list "
                                "the work entered after the cutoff.")
                                 .arg(final->id));
    } else {
        m_deltaSnapshot = *delta;
        qint64 total = 0, marked = 0;
        const QList<DeltaCount> counts = Delta::counts(db, *delta);
        for (const DeltaCount &c : counts) {
            total += c.added + c.changed + c.deleted;
            marked += c.marked;
        }
        m_deltaLine->setText(tr("Re-export (snapshot %1) against the final export (snapshot %2): %n record(s) differ; "
                                "%3 marked for import.",
                                nullptr, int(qMin<qint64>(total, INT_MAX)))
                                 .arg(*delta)
                                 .arg(Delta::baseOf(db, *delta).value_or(final->id))
                                 .arg(marked));
    }
    CloseOutTables::showDeltaCounts(m_deltaCounts,
                                    m_deltaSnapshot ? Delta::counts(db, m_deltaSnapshot) : QList<DeltaCount> {});
    fitColumns(m_deltaCountsView);
    showDeltaRows();
}

void CutoffPage::showDeltaRows()
{
    ProjectStore *store = session()->store();
    if (!store || m_deltaSnapshot == 0) {
        CloseOutTables::showDeltaRows(m_deltaRows, {});
        return;
    }
    DeltaFilter filter;
    filter.change = DeltaChanges::fromKey(m_deltaFilter->currentData().toString());
    const QList<DeltaRow> rows = Delta::rows(store->database(), m_deltaSnapshot, filter, 0, kDeltaRowsShown);
    CloseOutTables::showDeltaRows(m_deltaRows, rows);
    fitColumns(m_deltaRowsView);
    const qint64 all = Delta::rowCount(store->database(), m_deltaSnapshot, filter);
    if (all > rows.size())
        m_deltaRowsView->setToolTip(tr("The first %1 of %2 records are shown; `cutover-cli delta --rows` lists all.")
                                        .arg(rows.size())
                                        .arg(all));
}

} // namespace Cutover
