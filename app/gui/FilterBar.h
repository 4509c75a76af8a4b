#pragma once
// FilterBar: the controls above the items view: a name filter (applied
// 150 ms after the last keystroke), the family chosen in the families view
// (with a button to clear it), "stale only", and the age rule (threshold and
// timestamp basis). Emits the whole filter or rule when any part changes.

#include "AgeRule.h"
#include "ItemsModel.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace tempscope::gui {

class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    ItemFilter filter() const;
    void setFamily(const QString &family);
    // Basis and threshold only; `now` is left at 0 for the caller to fill.
    AgeRule ageRule() const;
    void setAgeRule(AgeBasis basis, std::optional<std::chrono::seconds> threshold);

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *thresholdEdit() const { return m_threshold; }
    QComboBox *basisBox() const { return m_basis; }
    QCheckBox *staleOnlyBox() const { return m_staleOnly; }
    QToolButton *clearFamilyButton() const { return m_clearFamily; }

Q_SIGNALS:
    void filterChanged(const tempscope::gui::ItemFilter &filter);
    void ageRuleChanged();
    void familyCleared();

private:
    void emitFilter();
    void thresholdEdited();

    QLineEdit *m_text;
    QLabel *m_familyLabel;
    QToolButton *m_clearFamily;
    QCheckBox *m_staleOnly;
    QLineEdit *m_threshold;
    QComboBox *m_basis;
    QString m_family;
    std::optional<std::chrono::seconds> m_thresholdValue;
    QTimer m_textDelay;
};

} // namespace tempscope::gui
