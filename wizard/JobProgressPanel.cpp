#include "JobProgressPanel.h"

#include "DesktopIntegration.h"
#include "Palette.h"
#include "TableViews.h"
#include "domain/LocaleFormat.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QThread>

namespace Cutover {

JobProgressPanel::JobProgressPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("jobProgressPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Progress"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(4);

    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("jobStage"));
    m_stage->setTextFormat(Qt::PlainText);
    QFont bold = m_stage->font();
    bold.setBold(true);
    m_stage->setFont(bold);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Progress"));

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_cancel->setToolTip(tr("Stops the job; nothing it did so far is kept."));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("jobDismiss"));
    m_dismiss->hide();

    auto *stats = new QHBoxLayout;
    stats->setSpacing(16);
    auto statLabel = [this, stats](const QString &name, const QString &accessible) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setAccessibleName(accessible);
        // Dimmer than the stage, still 4.5:1 (the palette's placeholder colour often is not).
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Palette::secondaryText(p));
        label->setPalette(p);
        stats->addWidget(label);
        return label;
    };
    m_rows = statLabel(QStringLiteral("jobRows"), tr("Rows"));
    m_rate = statLabel(QStringLiteral("jobRate"), tr("Rate"));
    m_eta = statLabel(QStringLiteral("jobEta"), tr("Time left"));
    m_elapsed = statLabel(QStringLiteral("jobElapsed"), tr("Time taken"));

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("jobResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    stats->addWidget(m_result, 1);
    stats->addStretch(); // takes the room while there is no result

    layout->addWidget(m_stage, 0, 0);
    layout->addWidget(m_bar, 0, 1);
    layout->addWidget(m_cancel, 0, 2);
    layout->addWidget(m_dismiss, 0, 2);
    layout->addLayout(stats, 1, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_stage->setText(tr("Cancelling…"));
        }
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

QString JobProgressPanel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void JobProgressPanel::track(Job *job)
{
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    m_running = job != nullptr;
    m_stage->setText(tr("Starting…"));
    m_bar->setRange(0, 0); // busy until the first report
    m_bar->setValue(0);
    m_rows->clear();
    m_rate->clear();
    m_eta->clear();
    m_elapsed->clear();
    setMaskedText(m_result, QString());
    m_result->hide();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_dismiss->hide();
    setVisible(job != nullptr);
    DesktopIntegration::instance()->clearProgress(this);
    if (!job)
        return;
    m_clock.start();
    connect(job, &Job::progressChanged, this, &JobProgressPanel::onProgress);
    connect(job, &Job::finished, this, &JobProgressPanel::onFinished);
}

void JobProgressPanel::onProgress(const JobProgress &p)
{
    if (!m_running)
        return;
    if (!m_cancel->isEnabled())
        m_stage->setText(tr("Cancelling…"));
    else
        m_stage->setText(p.stage);
    if (p.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qBound(qint64(0), p.done * 1000 / p.total, qint64(1000))));
        DesktopIntegration::instance()->setProgress(this, double(m_bar->value()) / 1000.0);
    }
    // Records, not bytes or stages: a job that counts none (yet) shows no rate.
    const int shown = int(qMin<qint64>(p.items, INT_MAX));
    m_rows->setText(p.items > 0 ? tr("%1 record(s)", nullptr, shown).arg(LocaleFormat::number(p.items)) : QString());
    m_rate->setText(p.items > 0 && p.elapsedMs > 0
                        ? tr("%1 records/s").arg(LocaleFormat::number(qRound64(p.itemsPerSecond)))
                        : QString());
    m_eta->setText(p.etaSeconds >= 0 ? tr("%1 left").arg(formatDuration(p.etaSeconds)) : QString());
    m_elapsed->setText(tr("%1 elapsed").arg(formatDuration(p.elapsedMs / 1000)));
}

void JobProgressPanel::onFinished(Job::Outcome outcome)
{
    m_running = false;
    m_cancel->hide();
    m_dismiss->show();
    m_bar->setRange(0, 1000);
    QString text;
    switch (outcome) {
    case Job::Outcome::Succeeded:
        m_stage->setText(tr("Done"));
        m_bar->setValue(1000);
        text = m_job ? m_job->summary() : QString();
        m_result->setStyleSheet(QString());
        break;
    case Job::Outcome::Cancelled:
        m_stage->setText(tr("Cancelled"));
        text = m_job && !m_job->summary().isEmpty() ? m_job->summary() : tr("Cancelled; nothing was kept.");
        m_result->setStyleSheet(QString());
        break;
    case Job::Outcome::Failed:
        m_stage->setText(tr("Failed"));
        text = m_job ? m_job->errorString() : QString();
        m_result->setStyleSheet(Palette::labelStyleSheet(Palette::Status::Error, palette()));
        break;
    }
    setMaskedText(m_result, text);
    m_result->setVisible(!text.isEmpty());
    m_dismiss->setFocus();
    DesktopIntegration::instance()->clearProgress(this);
    notifyDesktop(outcome, text);
}

void JobProgressPanel::notifyDesktop(Job::Outcome outcome, const QString &text)
{
    // The user is looking elsewhere after a long wait; a short job, or one ending
    // in front of them, needs no interruption.
    if (m_clock.elapsed() < m_notifyAfterMs || window()->isActiveWindow())
        return;
    QString title;
    switch (outcome) {
    case Job::Outcome::Succeeded:
        title = tr("Cutover: done");
        break;
    case Job::Outcome::Cancelled:
        title = tr("Cutover: cancelled");
        break;
    case Job::Outcome::Failed:
        title = tr("Cutover: failed");
        break;
    }
    DesktopIntegration::instance()->notify(title, text.isEmpty() ? m_stage->text() : text);
}

QString JobProgressPanel::stageText() const
{
    return m_stage->text();
}

QString JobProgressPanel::resultText() const
{
    return m_result->text();
}

void JobProgressPanel::startAndDispose(Job *job)
{
    // Job::start() moves the job to a new thread, which hands it back and is
    // deleted (deleteLater, on this thread) once it stopped. The job goes with it:
    // the thread is learnt on the worker itself as the job finishes, and what is
    // posted from there reaches this thread before the thread's own clean-up.
    QObject *app = QCoreApplication::instance();
    QObject::connect(
        job, &Job::finished, job,
        [job, app] {
            QThread *worker = QThread::currentThread();
            QMetaObject::invokeMethod(
                app, [worker, job, app] { QObject::connect(worker, &QObject::destroyed, app, [job] { delete job; }); },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    job->start();
}

} // namespace Cutover
