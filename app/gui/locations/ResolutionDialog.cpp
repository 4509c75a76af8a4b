#include "gui/locations/ResolutionDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tempscope::gui {

ResolutionDialog::ResolutionDialog(const TempDirResolution &python, const QtTempPath &qt,
                                   QWidget *parent)
    : QDialog(parent), m_candidates(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("resolutionDialog"));
    setWindowTitle(tr("Why this temporary directory"));
    auto *layout = new QVBoxLayout(this);

    auto *answer = new QLabel(this);
    answer->setWordWrap(true);
    answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    answer->setText(
        python.tempDir.isEmpty()
            ? tr("<b>No usable temporary directory.</b> %1").arg(python.error.toHtmlEscaped())
            : tr("Python's <tt>tempfile.gettempdir()</tt> picks <b>%1</b>: the first candidate "
                 "in which it could create, write and remove a file.")
                  .arg(python.tempDir.toHtmlEscaped()));
    layout->addWidget(answer);

    m_candidates->setAccessibleName(tr("Candidates in the order Python tries them"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setHeaderLabels({tr("#"), tr("Source"), tr("Path"), tr("Result"), tr("Reason")});
    int n = 0;
    for (const TempDirCandidate &c : python.candidates) {
        const QString result = !c.probed  ? tr("not tried")
                               : c.usable ? tr("usable")
                                          : tr("passed over");
        auto *row = new QTreeWidgetItem(
            m_candidates, {QLocale().toString(++n), candidateSourceName(c.source), c.path, result,
                           c.probed ? c.reason : tr("an earlier candidate won")});
        if (c.usable && c.path == python.tempDir) {
            QFont bold = row->font(0);
            bold.setBold(true);
            for (int col = 0; col < 5; ++col)
                row->setFont(col, bold);
        }
    }
    m_candidates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_candidates, 1);

    auto *qtLabel = new QLabel(this);
    qtLabel->setWordWrap(true);
    qtLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    qtLabel->setText(
        tr("Qt's <tt>QDir::tempPath()</tt> says <b>%1</b> (%2). %3")
            .arg(qt.path.toHtmlEscaped(),
                 qt.sameAsPython ? tr("the same directory") : tr("a different directory"),
                 qt.explanation.toHtmlEscaped()));
    layout->addWidget(qtLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 380);
}

} // namespace tempscope::gui
