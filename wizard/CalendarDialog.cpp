#include "CalendarDialog.h"

#include "HolidayListModel.h"
#include "Palette.h"
#include "ProjectCalendarModel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Cutover {

CalendarDialog::CalendarDialog(ProjectCalendarModel *calendar, QWidget *parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_holidays(new HolidayListModel(this))
{
    setWindowTitle(tr("Business days"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Business days are Monday to Friday, except the days listed here: the public holidays "
                                "of the project's region and the days the firm adds itself or imports from an "
                                "iCalendar (.ics) file. The review deadline counts business days."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *region = new QLabel(tr("%1 (%2)").arg(calendar->regionTitle(), calendar->region()), this);
    region->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Holiday region:"), region);
    m_year = new QSpinBox(this);
    m_year->setRange(BusinessCalendar::firstRuleYear(), BusinessCalendar::lastRuleYear());
    m_year->setValue(qBound(m_year->minimum(), QDate::currentDate().year(), m_year->maximum()));
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The year whose days off are listed."));
    form->addRow(tr("&Year:"), m_year);
    layout->addLayout(form);

    m_holidays->setYear(m_year->value());
    m_holidays->setCalendar(calendar->calendar());
    m_view = new QTableView(this);
    m_view->setModel(m_holidays);
    m_view->setAccessibleName(tr("Days off"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HolidayListModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add day…"), this);
    m_add->setToolTip(tr("Add a day the firm is closed."));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setToolTip(tr("Remove the selected day the firm added (public holidays cannot be removed)."));
    m_import = new QPushButton(tr("&Import iCalendar file…"), this);
    m_import->setToolTip(tr("Add the days of an .ics file exported from the firm's calendar."));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_import);
    layout->addLayout(buttons);

    m_files = new QLabel(this);
    m_files->setWordWrap(true);
    layout->addWidget(m_files);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_year, &QSpinBox::valueChanged, m_holidays, &HolidayListModel::setYear);
    connect(m_holidays, &QAbstractItemModel::modelReset, this, &CalendarDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CalendarDialog::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CalendarDialog::openAddDay);
    connect(m_remove, &QPushButton::clicked, this, &CalendarDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &CalendarDialog::chooseFile);
    connect(m_calendar, &ProjectCalendarModel::changed, this, &CalendarDialog::calendarChanged);
    connect(m_calendar, &ProjectCalendarModel::importFinished, this, [this](bool stored, const QString &message) {
        m_import->setEnabled(true);
        showMessage(message, !stored);
    });

    calendarChanged();
    resize(640, 520);
}

QString CalendarDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CalendarDialog::calendarChanged()
{
    m_holidays->setCalendar(m_calendar->calendar());
    QStringList names;
    for (const CalendarFile &f : m_calendar->icalendarFiles())
        names << f.name;
    m_files->setText(names.isEmpty() ? tr("No iCalendar file imported.")
                                     : tr("Imported iCalendar files: %1").arg(names.join(tr(", "))));
    updateButtons();
}

void CalendarDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_remove->setEnabled(rows.size() == 1
                         && m_holidays->holiday(rows.constFirst().row()).source == Holiday::Source::Custom);
    m_import->setEnabled(!m_calendar->isImporting());
}

void CalendarDialog::openAddDay()
{
    if (m_addDay) {
        m_addDay->raise();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addDayDialog"));
    dialog->setWindowTitle(tr("Add a day off"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *date = new QDateEdit(dialog);
    date->setObjectName(QStringLiteral("date"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = QDate::currentDate();
    date->setDate(today.year() == m_year->value() ? today : QDate(m_year->value(), 1, 1));
    date->setAccessibleName(tr("Date of the day off"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("name"));
    name->setPlaceholderText(tr("e.g. Office closed for the move"));
    name->setAccessibleName(tr("Name of the day off"));
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Name:"), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add"));
    ok->setEnabled(false);
    form->addRow(buttons);
    connect(name, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, date, name] { addDay(date->date(), name->text()); });
    m_addDay = dialog;
    dialog->open();
}

void CalendarDialog::addDay(const QDate &date, const QString &name)
{
    if (!m_calendar->addCustomDay(date, name)) {
        showMessage(m_calendar->lastError(), true);
        return;
    }
    m_year->setValue(date.year());
    for (int row = 0; row < m_holidays->rowCount(); ++row) {
        const Holiday &h = m_holidays->holiday(row);
        if (h.date == date && h.source == Holiday::Source::Custom) {
            m_view->selectRow(row);
            m_view->scrollTo(m_holidays->index(row, 0));
            break;
        }
    }
    showMessage(tr("%1 added: %2.").arg(date.toString(Qt::ISODate), name.simplified()), false);
}

void CalendarDialog::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Holiday h = m_holidays->holiday(rows.constFirst().row());
    if (h.source != Holiday::Source::Custom)
        return;
    if (!m_calendar->removeCustomDay(h.date)) {
        showMessage(m_calendar->lastError(), true);
        return;
    }
    showMessage(tr("%1 removed: %2.").arg(h.date.toString(Qt::ISODate), h.name), false);
}

void CalendarDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import an iCalendar file"), QString(),
                                     tr("iCalendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CalendarDialog::importFile(const QString &path)
{
    m_import->setEnabled(false);
    showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), false);
    m_calendar->importICalendarFile(path);
}

void CalendarDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setAccessibleName(error ? tr("Error") : tr("Message"));
    // As on the export page.
    m_message->setStyleSheet(error ? Palette::labelStyleSheet(Palette::Status::Error, palette(), true)
                                   : QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; "
                                                    "border-radius: 3px; }"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace Cutover
