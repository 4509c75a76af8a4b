#include "gui/cleanup/ReportPage.h"

#include "core/export/AtomicFile.h"
#include "core/export/CleanupExport.h"
#include "core/export/CsvWriter.h"
#include "core/export/JsonWriter.h"
#include "core/inventory/Duration.h"
#include "gui/Numbers.h"
#include "gui/cleanup/CleanupWizard.h"
#include "gui/cleanup/ReportModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace tempscope::gui {

ReportPage::ReportPage(CleanupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_model(new ReportModel(this)),
      m_summary(new QLabel(this)), m_show(new QComboBox(this)), m_view(new QTreeView(this)),
      m_save(new QPushButton(tr("&Save Report…"), this))
{
    setTitle(tr("Report"));
    setFinalPage(true);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_show->setAccessibleName(tr("Results to show"));
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    m_save->setAccessibleName(tr("Save report"));
    m_save->setToolTip(tr("Save every result as JSON or CSV"));
    m_save->setAutoDefault(false);
    auto *head = new QHBoxLayout;
    head->addWidget(showLabel);
    head->addWidget(m_show);
    head->addStretch(1);
    head->addWidget(m_save);

    m_view->setObjectName(QStringLiteral("results"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->header()->resizeSection(ReportModel::Path, 22 * em);
    m_view->header()->resizeSection(ReportModel::Result, 8 * em);
    m_view->header()->resizeSection(ReportModel::Size, 7 * em);
    m_view->header()->resizeSection(ReportModel::Reason, 22 * em);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setShow(ReportModel::Show(m_show->currentData().toInt())); });
    connect(m_save, &QPushButton::clicked, this, &ReportPage::askFileName);
}

void ReportPage::initializePage()
{
    wizard()->setOption(QWizard::NoCancelButton, true); // nothing left to cancel
    const CleanupReport &report = m_wizard->report();
    m_model->setReport(report);

    const qsizetype trashed = report.count(CleanupOutcome::Trashed);
    const qsizetype deleted = report.count(CleanupOutcome::Deleted);
    const qsizetype kept = qsizetype(report.skippedCount());
    const qsizetype gone = report.count(CleanupOutcome::AlreadyGone);
    const qsizetype failed = report.count(CleanupOutcome::Failed);
    QStringList parts;
    if (report.cancelled)
        parts << tr("Cancelled: what was not reached is untouched.");
    if (deleted > 0 || trashed == 0)
        parts << (int(deleted) == 1 ? tr("Deleted %n item.", nullptr, int(deleted))
                                    : tr("Deleted %n items.", nullptr, int(deleted)));
    if (trashed > 0)
        parts << (int(trashed) == 1 ? tr("Moved %n item to the trash.", nullptr, int(trashed))
                                    : tr("Moved %n items to the trash.", nullptr, int(trashed)));
    parts << tr("%1 freed.").arg(sizeText(report.bytesFreed()));
    // The trash keeps what it holds: say how much went there, apart from "freed".
    if (trashed > 0)
        parts << tr("%1 moved to the trash (freed when the trash is emptied).")
                     .arg(sizeText(report.bytesTrashed()));
    if (kept > 0)
        parts << (int(kept) == 1 ? tr("Kept %n item.", nullptr, int(kept))
                                 : tr("Kept %n items.", nullptr, int(kept)));
    if (failed > 0)
        parts << (int(failed) == 1 ? tr("%n item failed.", nullptr, int(failed))
                                   : tr("%n items failed.", nullptr, int(failed)));
    if (gone > 0)
        parts << tr("%n item(s) were already gone (removed by someone else).", nullptr, int(gone));
    if (const quint64 links = report.linkedFiles())
        parts << tr("%n removed file(s) had other hard links: their space is not freed.", nullptr,
                    int(std::min<quint64>(links, INT_MAX)));
    if (!report.inUseKnown)
        parts << tr("In use: unknown (this system does not show which processes have files "
                    "open; only locks were checked).");
    for (const QString &e : report.rootErrors)
        parts << e;
    m_summary->setText(parts.join(u' '));
    setSubTitle(
        failed > 0 || !report.rootErrors.isEmpty()
            ? tr("Some items could not be removed; the table says why.")
            : tr("Every item the cleanup touched, and every item it kept, with the reason."));
    updateShowBox();
}

void ReportPage::updateShowBox()
{
    const QSignalBlocker block(m_show);
    m_show->clear();
    using Show = ReportModel::Show;
    m_show->addItem(tr("Everything (%L1)").arg(m_model->count(Show::All)), int(Show::All));
    m_show->addItem(tr("Removed (%L1)").arg(m_model->count(Show::Removed)), int(Show::Removed));
    m_show->addItem(tr("Kept (%L1)").arg(m_model->count(Show::Skipped)), int(Show::Skipped));
    m_show->addItem(tr("Failed (%L1)").arg(m_model->count(Show::Failed)), int(Show::Failed));
    m_show->setCurrentIndex(m_show->findData(int(m_model->show())));
}

ReportPage::Format ReportPage::formatFor(const QString &path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

QString ReportPage::saveReport(const QString &path) const
{
    // Whole or not at all: a full disk must not leave an empty report that
    // looks saved.
    AtomicFile file(path);
    if (file.open()) {
        auto sink = [&file](std::string_view s) { return file.write(s); };
        if (formatFor(path) == Format::Csv) {
            CsvWriter out([&sink](std::string_view s) { sink(s); });
            writeCleanupCsv(out, m_wizard->report());
        } else {
            JsonWriter out(sink);
            writeCleanupJson(out, m_wizard->report());
        }
        if (file.commit())
            return {};
    }
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
}

void ReportPage::askFileName()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("tempscope-cleanup-%1.json")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto *dialog = new QFileDialog(this, tr("Save Report"), QDir(dir).filePath(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON (*.json)"), tr("CSV (*.csv)")});
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const bool csv = filter.contains(QStringLiteral("*.csv"));
        dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = saveReport(path);
        if (error.isEmpty())
            return;
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Save Report"), error, QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText); // the error names the file
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

} // namespace tempscope::gui
