#pragma once
// ReportPage: what the cleanup did: a summary line (removed, trashed, kept,
// failed, space freed, cancelled) and every result with its reason in a
// table that can show one kind of result only. "Save Report…" writes the
// report as JSON or CSV in the layout of `tempscope-cli clean --json`
// (core/export/CleanupExport).

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace tempscope::gui {

class CleanupWizard;
class ReportModel;

class ReportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    enum class Format { Json, Csv };

    explicit ReportPage(CleanupWizard *wizard);

    void initializePage() override;

    // Writes the report; the format follows the suffix (.csv, else JSON).
    // Returns an error message for people, or an empty string.
    QString saveReport(const QString &path) const;
    static Format formatFor(const QString &path);

    ReportModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *showBox() const { return m_show; }
    QPushButton *saveButton() const { return m_save; }

private:
    void updateShowBox();
    void askFileName();

    CleanupWizard *m_wizard;
    ReportModel *m_model;
    QLabel *m_summary;
    QComboBox *m_show;
    QTreeView *m_view;
    QPushButton *m_save;
};

} // namespace tempscope::gui
