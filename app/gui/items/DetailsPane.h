#pragma once
// DetailsPane: everything known about the selected item: the full path (to
// copy: the real one, while the field shows invisible and bidirectional
// characters escaped and marked), its timestamps, permissions, owner, inode,
// scan errors inside it,
// the processes holding it (or something inside it) open, a built-in
// protection, and why it is or is not stale under the current age rule; a
// button opens the folder that contains it in the desktop's file manager.
// Entries inside an item (expanded rows) are shown the same way.
//
// GUI thread only. Holds the inventory it shows alive.

#include "core/catalogue/Verdicts.h"
#include "core/cleanup/ItemStates.h"
#include "core/inventory/AgeRule.h"
#include "core/inventory/Inventory.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tempscope::gui {

class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;

    void showItem(std::shared_ptr<const Inventory> inventory, qsizetype itemIndex,
                  const AgeRule &rule, std::shared_ptr<const ItemStates> states = {});
    // Any row of the items view: an item, or an entry inside one with its
    // subtree totals (ItemsModel::rowItem()).
    // With the row's verdict (who made it, is it an orphan) when there is one.
    void showRow(std::shared_ptr<const Inventory> inventory, const Item &row, const AgeRule &rule,
                 std::shared_ptr<const ItemStates> states = {},
                 const ItemVerdict *verdict = nullptr);
    void clear();
    // The text of every field, for tests and for copying all at once.
    QString text() const;
    QString path() const;

    static QString permissionsText(quint32 mode, native::Kind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyPath();
    // The verdict's program, pid and its catalogue entry's purpose.
    static QString madeByText(const ItemVerdict *verdict);
    void openContainingFolder();

    std::shared_ptr<const Inventory> m_inventory;
    std::shared_ptr<const ItemStates> m_states;
    QString m_containingFolder;
    QString m_realPath; // what "Copy path" copies
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_hidden;
    QLineEdit *m_path;
    QPushButton *m_copy;
    QPushButton *m_open;
    QList<QPair<QLabel *, QLabel *>> m_fields;
    QLabel *m_why;
};

} // namespace tempscope::gui
