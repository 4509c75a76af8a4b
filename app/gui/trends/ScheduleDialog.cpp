#include "gui/trends/ScheduleDialog.h"

#include "core/cleanup/CleanupProfiles.h"
#include "core/history/HistoryPath.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tempscope::gui {

namespace {

QString shown(const QString &text)
{
    return printablePath(nativePath(text));
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

void setErrorColour(QLabel *label, bool isError)
{
    QPalette p = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (isError)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
}

} // namespace

ScheduleDialog::ScheduleDialog(QSettings &settings, QString program, QString dbPath,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_program(std::move(program)),
      m_dbPath(std::move(dbPath)),
      m_dir(systemdUserUnitDir(QProcessEnvironment::systemEnvironment())), m_intro(new QLabel),
      m_intervalLabel(new QLabel), m_interval(new QComboBox), m_duration(new QLineEdit),
      m_durationError(new QLabel), m_profileLabel(new QLabel), m_profile(new QComboBox),
      m_profileHint(new QLabel), m_statusTitle(new QLabel), m_status(new QLabel),
      m_message(new QLabel), m_install(new QPushButton), m_remove(new QPushButton),
      m_close(new QPushButton)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    for (QLabel *l : {m_intro, m_durationError, m_profileHint, m_status, m_message}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 4);
    m_statusTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_duration->setMaxLength(32);
    m_duration->setMaximumWidth(m_duration->fontMetrics().horizontalAdvance(u'0') * 14);
    m_intervalLabel->setBuddy(m_interval);
    m_profileLabel->setBuddy(m_profile);

    auto *every = new QHBoxLayout;
    every->addWidget(m_interval, 1);
    every->addWidget(m_duration);
    auto *intervalColumn = new QVBoxLayout;
    intervalColumn->setSpacing(2);
    intervalColumn->addLayout(every);
    intervalColumn->addWidget(m_durationError);
    auto *profileColumn = new QVBoxLayout;
    profileColumn->setSpacing(2);
    profileColumn->addWidget(m_profile);
    profileColumn->addWidget(m_profileHint);
    auto *form = new QFormLayout;
    form->addRow(m_intervalLabel, intervalColumn);
    form->addRow(m_profileLabel, profileColumn);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_install, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_statusTitle);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    resize(640, 0);

    connect(m_interval, &QComboBox::currentIndexChanged, this, &ScheduleDialog::onPresetChosen);
    connect(m_duration, &QLineEdit::textChanged, this, &ScheduleDialog::onDurationEdited);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ScheduleDialog::showProfileHint);
    connect(m_install, &QPushButton::clicked, this, &ScheduleDialog::install);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleDialog::remove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_changing, &QFutureWatcher<ScheduleChange>::finished, this, [this] {
        showChange(m_changing.result(), m_installing);
        Q_EMIT scheduleChanged();
        refreshStatus();
    });
    connect(&m_reading, &QFutureWatcher<ScheduleStatus>::finished, this, [this] {
        showStatus(m_reading.result());
        Q_EMIT statusShown();
    });

    retranslate();
    m_duration->setText(formatDuration(ScheduleOptions{}.every));
    m_message->hide();
    if (m_program.isEmpty())
        showMessage(tr("tempscope-cli was not found beside this program or on the PATH: the "
                       "timers run it, so there is nothing to install."),
                    true);
    refreshStatus();
}

QString ScheduleDialog::findProgram()
{
    QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tempscope-cli"));
    if (!QFileInfo(program).isExecutable())
        program = QStandardPaths::findExecutable(QStringLiteral("tempscope-cli"));
    return program.isEmpty() ? QString() : QFileInfo(program).canonicalFilePath();
}

QString ScheduleDialog::summary(const ScheduleStatus &status)
{
    if (!status.isInstalled(snapshotTimerName()))
        return tr("No schedule installed");
    const QString every =
        status.snapshot.every ? formatDuration(*status.snapshot.every) : QStringLiteral("?");
    if (status.isInstalled(cleanTimerName()))
        return tr("Scheduled: snapshots and cleanup (%1) every %2")
            .arg(shown(status.cleanProfile), every);
    return tr("Scheduled: snapshots every %1").arg(every);
}

bool ScheduleDialog::isBusy() const
{
    return m_changing.isRunning() || m_reading.isRunning();
}

void ScheduleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScheduleDialog::retranslate()
{
    setWindowTitle(tr("Schedule – Tempscope"));
    m_intro->setText(tr("Take snapshots of the temp directories on a schedule, and optionally "
                        "clean up with a saved profile as often. The system's scheduler runs "
                        "them (systemd user timers), also while Tempscope is closed."));
    m_intervalLabel->setText(tr("Run &every:"));
    m_duration->setPlaceholderText(tr("e.g. 2h or 1d12h"));
    m_duration->setToolTip(tr("Any duration from %1 on: s, m, h, d, w, combined as in 1d12h")
                               .arg(formatDuration(MinScheduleInterval)));
    m_profileLabel->setText(tr("&Clean up:"));
    m_statusTitle->setText(tr("Status"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Stop the timers and delete their units"));
    m_close->setText(tr("Close"));
    fillIntervals();
    fillProfiles();
    if (!m_reading.isRunning() && !m_changing.isRunning())
        showStatus(m_shown);
    onDurationEdited();
}

void ScheduleDialog::fillIntervals()
{
    const QSignalBlocker blocker(m_interval);
    m_interval->clear();
    // The intervals offered; any other duration is typed.
    const std::pair<qint64, QString> presets[] = {
        {15 * 60, tr("every 15 minutes")}, {3600, tr("every hour")},
        {6 * 3600, tr("every 6 hours")},   {12 * 3600, tr("every 12 hours")},
        {86400, tr("every day")},          {7 * 86400, tr("every week")},
    };
    for (const auto &[seconds, name] : presets)
        m_interval->addItem(name, seconds);
    m_interval->addItem(tr("another interval:"), 0);
}

void ScheduleDialog::fillProfiles()
{
    const QString wanted = m_profile->currentData().toString();
    const QStringList names = CleanupProfiles(m_settings).names();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("No, only take snapshots"), QString());
    for (const QString &name : names)
        m_profile->addItem(tr("With the saved profile “%1”").arg(shown(name)), name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(wanted)));
    m_profile->setEnabled(!names.isEmpty());
    showProfileHint();
}

void ScheduleDialog::showProfileHint()
{
    if (m_profile->count() < 2)
        m_profileHint->setText(tr("No cleanup profile is saved yet: save one on the rules page "
                                  "of the cleanup wizard."));
    else if (m_profile->currentIndex() > 0)
        m_profileHint->setText(tr("Its rule runs as tempscope-cli clean on the default temp "
                                  "directories, as often as the snapshots."));
    else
        m_profileHint->clear();
    m_profileHint->setVisible(!m_profileHint->text().isEmpty());
    fitHeight();
}

void ScheduleDialog::onPresetChosen(int index)
{
    const qint64 seconds = m_interval->itemData(index).toLongLong();
    if (seconds > 0)
        m_duration->setText(formatDuration(std::chrono::seconds(seconds)));
    else
        m_duration->setFocus();
}

void ScheduleDialog::onDurationEdited()
{
    QString error;
    const auto every = parseScheduleInterval(m_duration->text().trimmed(), &error);
    const int preset = every ? m_interval->findData(qint64(every->count())) : -1;
    {
        const QSignalBlocker blocker(m_interval);
        m_interval->setCurrentIndex(preset >= 0 ? preset : m_interval->count() - 1);
    }
    m_durationError->setText(every ? QString() : tr("Not an interval: %1").arg(error));
    setErrorColour(m_durationError, true);
    m_durationError->setVisible(!every);
    updateButtons();
    fitHeight();
}

void ScheduleDialog::install()
{
    QString error;
    const auto every = parseScheduleInterval(m_duration->text().trimmed(), &error);
    if (!every || isBusy() || m_program.isEmpty() || m_dir.isEmpty())
        return;
    ScheduleOptions o;
    o.program = m_program;
    o.every = *every;
    if (!m_dbPath.isEmpty() && m_dbPath != defaultHistoryPath())
        o.db = QFileInfo(m_dbPath).absoluteFilePath();
    const QString profile = m_profile->currentData().toString();
    if (!profile.isEmpty()) {
        o.clean = loadScheduleProfile(m_settings, profile, &error);
        if (!o.clean) {
            showMessage(tr("Could not install the schedule: %1").arg(error), true);
            return;
        }
        o.cleanProfile = profile;
    }
    m_installing = true;
    showMessage(tr("Installing…"), false);
    m_changing.setFuture(
        QtConcurrent::run([dir = m_dir, o] { return installSchedule(dir, o, true); }));
    updateButtons();
}

void ScheduleDialog::remove()
{
    if (isBusy() || m_dir.isEmpty())
        return;
    m_installing = false;
    showMessage(tr("Removing…"), false);
    m_changing.setFuture(QtConcurrent::run([dir = m_dir] { return removeSchedule(dir); }));
    updateButtons();
}

void ScheduleDialog::refreshStatus()
{
    if (m_dir.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                showStatus({});
                Q_EMIT statusShown();
            },
            Qt::QueuedConnection);
        return;
    }
    m_reading.setFuture(QtConcurrent::run(scheduleStatus, m_dir, true));
    updateButtons();
}

void ScheduleDialog::showStatus(const ScheduleStatus &status)
{
    const bool first = m_shown.dir.isEmpty() && !status.dir.isEmpty();
    m_shown = status;
    if (first && status.snapshot.every) {
        // Opened on an installed schedule: start from its interval and profile.
        m_duration->setText(formatDuration(*status.snapshot.every));
        const int profile = m_profile->findData(status.cleanProfile);
        if (status.isInstalled(cleanServiceName()) && profile > 0)
            m_profile->setCurrentIndex(profile);
    }
    QStringList lines;
    if (m_dir.isEmpty()) {
        lines << tr("Neither $XDG_CONFIG_HOME nor $HOME is set: there is no directory for the "
                    "units.");
    } else if (status.installed.isEmpty()) {
        lines << tr("Not installed. The units would be written to %1.").arg(shown(m_dir));
    } else {
        lines << tr("Installed in %1:").arg(shown(m_dir));
        QStringList unlisted = status.installed;
        const auto timerLine = [&](const QString &what, const QString &service,
                                   const QString &timer, const TimerState &t) {
            QString line = QStringLiteral("• ") + what;
            if (t.activeState == u"active")
                line += tr("; active");
            else if (!t.activeState.isEmpty())
                line += tr("; not active (%1)").arg(t.activeState);
            if (t.nextRun.isValid())
                line += tr("; next run %1").arg(when(t.nextRun));
            if (t.lastRun.isValid())
                line += tr("; last run %1").arg(when(t.lastRun));
            const bool both = status.isInstalled(service);
            line += u"\n\u00a0\u00a0\u00a0\u00a0" +
                    (both ? tr("%1 and %2").arg(service, timer) : timer);
            unlisted.removeAll(service);
            unlisted.removeAll(timer);
            return line;
        };
        const auto interval = [](const TimerState &t) {
            return t.every ? formatDuration(*t.every) : tr("an unknown interval");
        };
        if (status.isInstalled(snapshotTimerName()))
            lines << timerLine(tr("Snapshots every %1").arg(interval(status.snapshot)),
                               snapshotServiceName(), snapshotTimerName(), status.snapshot);
        if (status.isInstalled(cleanTimerName()))
            lines << timerLine(tr("Cleanup with the profile “%1” every %2")
                                   .arg(shown(status.cleanProfile), interval(status.clean)),
                               cleanServiceName(), cleanTimerName(), status.clean);
        if (!unlisted.isEmpty())
            lines << tr("• Without a timer (it never runs): %1").arg(unlisted.join(u", "));
        if (!status.systemdError.isEmpty())
            lines
                << tr("systemd could not say whether the timers run: %1").arg(status.systemdError);
    }
    m_status->setText(lines.join(u'\n'));
    fitHeight();
    m_install->setText(status.isInstalled(snapshotTimerName()) ? tr("&Update") : tr("&Install"));
    m_install->setToolTip(tr("Write the units for this interval and profile, and enable the "
                             "timers with systemctl --user"));
    updateButtons();
}

void ScheduleDialog::showChange(const ScheduleChange &change, bool installing)
{
    using Failure = ScheduleChange::Failure;
    if (installing) {
        if (change.ok())
            showMessage(tr("Installed and enabled: %1.").arg(change.timers.join(u", ")), false);
        else if (change.failure == Failure::Systemd)
            showMessage(tr("Installed, but not running yet: %1").arg(change.error), true);
        else
            showMessage(tr("Could not install the schedule: %1").arg(change.error), true);
    } else if (!change.ok()) {
        showMessage(tr("Could not remove the schedule: %1").arg(change.error), true);
    } else {
        showMessage(change.units.isEmpty()
                        ? tr("Nothing was installed.")
                        : tr("Removed: %1.").arg(change.units.join(QStringLiteral(", "))),
                    false);
    }
}

void ScheduleDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    setErrorColour(m_message, isError);
    m_message->setVisible(!text.isEmpty());
    fitHeight();
}

void ScheduleDialog::fitHeight()
{
    // Wrapped labels need height for their width, which a top-level window
    // does not get by itself: grow to it (never shrink under the user's size).
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ScheduleDialog::updateButtons()
{
    const bool valid = parseScheduleInterval(m_duration->text().trimmed(), nullptr).has_value();
    m_install->setEnabled(!isBusy() && valid && !m_program.isEmpty() && !m_dir.isEmpty());
    m_remove->setEnabled(!isBusy() && !m_shown.installed.isEmpty());
}

} // namespace tempscope::gui
