#include "gui/trends/ScheduleToggle.h"

#include "core/history/ScheduleUnits.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace tempscope::gui {

ScheduleToggle::ScheduleToggle(QString program, QWidget *parent)
    : QCheckBox(parent), m_program(std::move(program))
{
    setChecked(installed());
    setEnabled(!m_program.isEmpty());
    connect(this, &QCheckBox::clicked, this, &ScheduleToggle::run);
    retranslate();
}

bool ScheduleToggle::installed()
{
    const QString dir = systemdUserUnitDir(QProcessEnvironment::systemEnvironment());
    return !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(snapshotTimerName()));
}

QString ScheduleToggle::findProgram()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tempscope-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("tempscope-cli"));
}

void ScheduleToggle::run(bool install)
{
    if (m_process)
        return;
    setEnabled(false);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this, [this] {
        const QString said = QString::fromLocal8Bit(m_process->readAll()).trimmed();
        m_process->deleteLater();
        m_process = nullptr;
        setChecked(installed());
        setEnabled(true);
        Q_EMIT reported(said);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_process->deleteLater();
        m_process = nullptr;
        setChecked(installed());
        setEnabled(true);
        Q_EMIT reported(tr("%1 could not be started").arg(m_program));
    });
    m_process->start(m_program,
                     install ? QStringList{QStringLiteral("schedule"), QStringLiteral("install"),
                                           QStringLiteral("--every"), QStringLiteral("1h")}
                             : QStringList{QStringLiteral("schedule"), QStringLiteral("remove")});
}

void ScheduleToggle::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCheckBox::changeEvent(event);
}

void ScheduleToggle::retranslate()
{
    setText(tr("Take a snapshot every hour (systemd timer)"));
    setToolTip(m_program.isEmpty()
                   ? tr("tempscope-cli was not found beside this program or on the PATH")
                   : tr("Runs tempscope-cli schedule install or remove: a systemd user timer "
                        "takes the snapshots, even while this window is closed"));
}

} // namespace tempscope::gui
