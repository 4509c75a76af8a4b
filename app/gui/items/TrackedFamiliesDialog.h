#pragma once
// TrackedFamiliesDialog: the families the user names (an application's
// prefix such as "myapp-" or a glob such as "upload_*.csv"): add one, with
// its validation error shown as it is typed and how many items of the shown
// location it would take; remove one. The result is a list of family keys
// (PrefixFamilies::userFamilyKey()); the caller persists and applies it.
// Persisted under "families/user" in the shared settings file.
// Below them, read-only, the entries of the user's catalogue file
// (Catalogue::userFilePath()): family, program and purpose, or why the file
// is left out.

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;

namespace tempscope {
class Inventory;
}

namespace tempscope::gui {

class TrackedFamiliesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackedFamiliesDialog)

public:
    // `inventory` (may be null) is the location shown, for the match preview.
    TrackedFamiliesDialog(const QStringList &families, const Inventory *inventory,
                          QWidget *parent = nullptr);

    QStringList families() const;

    // Why `text` cannot be added (already tracked, or not a valid prefix or
    // glob), or empty.
    QString errorFor(const QString &text) const;

    QLineEdit *entry() const { return m_entry; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QListWidget *list() const { return m_list; }
    QLabel *feedback() const { return m_feedback; }
    QListWidget *catalogueList() const { return m_catalogue; }
    QLabel *catalogueNote() const { return m_catalogueNote; }

    static QStringList load(const QSettings &settings);
    static void save(QSettings &settings, const QStringList &families);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEntry();
    void removeSelected();
    void updateFeedback();

    const Inventory *m_inventory;
    QLineEdit *m_entry;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
    QLabel *m_feedback;
    QListWidget *m_catalogue;
    QLabel *m_catalogueNote;
};

} // namespace tempscope::gui
