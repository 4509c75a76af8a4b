#include "gui/trends/TrendsWindow.h"

#include "gui/trends/ScheduleDialog.h"
#include "gui/trends/SnapshotRecorder.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>

namespace tempscope::gui {

namespace {

QString shown(const QString &text)
{
    return printablePath(nativePath(text));
}

constexpr double MiB = 1024.0 * 1024.0;

} // namespace

TrendsWindow::TrendsWindow(SnapshotRecorder &recorder, const QString &cliProgram, QWidget *parent)
    : QWidget(parent, Qt::Window), m_recorder(recorder), m_cliProgram(cliProgram),
      m_rootBox(new QComboBox), m_afterScan(new QCheckBox), m_scheduleAction(new QAction(this)),
      m_settingsMenu(new QMenu(this)), m_scheduleButton(new QPushButton),
      m_scheduleSummary(new QLabel), m_chartView(new QChartView), m_ranking(new QTreeWidget),
      m_message(new QLabel), m_rankingTitle(new QLabel)
{
    setObjectName(QStringLiteral("trendsWindow"));
    resize(960, 560);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(480, 320);
    m_ranking->setRootIsDecorated(false);
    m_ranking->setColumnCount(3);
    m_ranking->header()->setStretchLastSection(false);
    m_ranking->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_afterScan->setChecked(m_recorder.isEnabled());

    auto *top = new QHBoxLayout;
    top->addWidget(m_rootBox, 1);
    top->addWidget(m_afterScan);
    top->addSpacing(12);
    top->addWidget(m_scheduleSummary);
    top->addWidget(m_scheduleButton);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_rankingTitle);
    sideLayout->addWidget(m_ranking);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_chartView);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *menuBar = new QMenuBar;
    menuBar->addMenu(m_settingsMenu);
    m_settingsMenu->addAction(m_scheduleAction);
    auto *layout = new QVBoxLayout(this);
    layout->setMenuBar(menuBar);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_rootBox, &QComboBox::currentIndexChanged, this, &TrendsWindow::drawChart);
    connect(m_afterScan, &QCheckBox::toggled, &m_recorder, &SnapshotRecorder::setEnabled);
    connect(&m_recorder, &SnapshotRecorder::recorded, this, &TrendsWindow::reload);
    connect(m_scheduleAction, &QAction::triggered, this, &TrendsWindow::openSchedule);
    connect(m_scheduleButton, &QPushButton::clicked, this, &TrendsWindow::openSchedule);
    connect(&m_loading, &QFutureWatcher<TrendsData>::finished, this,
            [this] { showData(m_loading.result()); });
    retranslate();
    showScheduleSummary();
    reload();
}

ScheduleDialog *TrendsWindow::scheduleDialog() const
{
    return m_scheduleDialog;
}

void TrendsWindow::openSchedule()
{
    if (!m_scheduleDialog) {
        m_scheduleDialog =
            new ScheduleDialog(m_recorder.settings(), m_cliProgram, m_recorder.dbPath(), this);
        m_scheduleDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_scheduleDialog, &ScheduleDialog::scheduleChanged, this,
                &TrendsWindow::showScheduleSummary);
    }
    m_scheduleDialog->show();
    m_scheduleDialog->raise();
    m_scheduleDialog->activateWindow();
}

void TrendsWindow::showScheduleSummary()
{
    const QString dir = systemdUserUnitDir(QProcessEnvironment::systemEnvironment());
    m_scheduleSummary->setText(dir.isEmpty() ? QString()
                                             : ScheduleDialog::summary(scheduleStatus(dir, false)));
}

void TrendsWindow::retranslate()
{
    setWindowTitle(tr("Trends – Tempscope"));
    m_afterScan->setText(tr("Take a snapshot after each scan"));
    m_afterScan->setToolTip(tr("Record every finished scan in the history database %1")
                                .arg(shown(m_recorder.dbPath())));
    m_rankingTitle->setText(tr("Growing fastest (bytes per day, robust fit):"));
    m_rankingTitle->setToolTip(
        tr("Listed when at least %1 snapshots over at least %2 show a rise that is not noise "
           "(the fit's 95% confidence interval lies above zero) of at least %3 a day")
            .arg(MinGrowthPoints)
            .arg(formatDuration(std::chrono::seconds(MinGrowthSpanSeconds)),
                 formatBytes(quint64(MinGrowthBytesPerDay))));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_scheduleAction->setText(tr("&Schedule snapshots and cleanups…"));
    m_scheduleButton->setText(tr("Schedule…"));
    m_scheduleButton->setToolTip(
        tr("Take snapshots and clean up on a schedule the system runs (systemd user timers)"));
    m_ranking->setHeaderLabels({tr("Family"), tr("Root"), tr("Per day")});
}

void TrendsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showScheduleSummary();
        showData(m_data); // the root choices and the ranking's texts
    }
    QWidget::changeEvent(event);
}

void TrendsWindow::reload()
{
    if (m_loading.isRunning())
        return;
    m_loading.setFuture(QtConcurrent::run(loadTrends, m_recorder.dbPath()));
}

void TrendsWindow::showData(const TrendsData &fresh)
{
    m_data = fresh;
    const QString wanted = m_rootBox->currentData().toString();
    {
        const QSignalBlocker blocker(m_rootBox);
        m_rootBox->clear();
        m_rootBox->addItem(tr("All roots: total bytes"), QString());
        for (const RootSeries &r : std::as_const(m_data.roots))
            m_rootBox->addItem(tr("%1: bytes per family").arg(shown(r.root)), r.root);
        const int index = m_rootBox->findData(wanted);
        m_rootBox->setCurrentIndex(std::max(index, 0));
    }
    if (!m_data.error.isEmpty())
        m_message->setText(tr("No history to show: %1. Turn on \"Take a snapshot after each scan\" "
                              "or run tempscope-cli snapshot.")
                               .arg(m_data.error));
    else if (m_data.roots.isEmpty())
        m_message->setText(tr("The history database holds no snapshots yet."));
    m_message->setVisible(!m_data.error.isEmpty() || m_data.roots.isEmpty());

    m_ranking->clear();
    for (const Growth &g : std::as_const(m_data.growing)) {
        auto *item = new QTreeWidgetItem(m_ranking);
        item->setText(0, shown(g.family));
        item->setText(1, shown(g.root));
        item->setText(2, tr("+%1").arg(formatBytes(quint64(std::llround(g.bytesPerDay)))));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    drawChart();
    Q_EMIT loaded();
}

void TrendsWindow::drawChart()
{
    const QString root = m_rootBox->currentData().toString();
    const QList<TrendLine> lines = root.isEmpty() ? rootLines(m_data) : familyLines(m_data, root);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    auto *bytes = new QValueAxis;
    bytes->setTitleText(tr("MiB"));
    bytes->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(bytes, Qt::AlignLeft);
    qint64 first = 0;
    qint64 last = 0;
    double top = 0;
    for (const TrendLine &line : lines) {
        auto *series = new QLineSeries;
        series->setName(shown(line.name));
        for (const auto &[t, b] : line.points) {
            series->append(double(t) * 1000.0, double(b) / MiB);
            first = first == 0 ? t : std::min(first, t);
            last = std::max(last, t);
            top = std::max(top, double(b) / MiB);
        }
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(bytes);
    }
    if (last > first) {
        time->setRange(QDateTime::fromSecsSinceEpoch(first), QDateTime::fromSecsSinceEpoch(last));
        if (last - first < 2 * 86400)
            time->setFormat(QStringLiteral("MM-dd hh:mm"));
    }
    bytes->setRange(0, top > 0 ? top * 1.05 : 1);
    // The view owns the new chart but only lets go of the previous one
    // (QChartView::setChart): deleting it is ours.
    QChart *previous = m_chartView->chart();
    m_chartView->setChart(chart);
    delete previous;
}

} // namespace tempscope::gui
