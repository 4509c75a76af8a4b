#pragma once
// FilterBar: the controls above the items view: a name filter (applied
// 150 ms after the last keystroke), the family chosen in the families view
// (with a button to clear it), "stale only", an age range (one of the age
// buckets), and the age rule (threshold and timestamp basis, with a line
// saying what the basis means). A threshold that is not an age is shown as
// an error under the bar, in words, and the rule in use stays. Emits the
// whole filter or rule when any part changes.

#include "core/inventory/AgeRule.h"
#include "gui/ElidedLabel.h"
#include "gui/items/ItemsModel.h"

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
    // The parts of the filter in use, in words: "name contains “up”",
    // "stale only"; empty when everything is shown.
    QStringList describe() const;
    void setFamily(const QString &family);
    // Shows only items in this bucket of Inventory::emptyAgeBuckets(); -1: any age.
    void setAgeBucket(int bucket);
    int ageBucket() const;
    // Basis and threshold only; `now` is left at 0 for the caller to fill.
    AgeRule ageRule() const;
    void setAgeRule(AgeBasis basis, std::optional<std::chrono::seconds> threshold);

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *thresholdEdit() const { return m_threshold; }
    QComboBox *basisBox() const { return m_basis; }
    // What the chosen timestamp basis means, next to it.
    ElidedLabel *basisHelpLabel() const { return m_basisHelp; }
    // Why the typed threshold is not used; hidden while it is good.
    QLabel *thresholdErrorLabel() const { return m_thresholdError; }
    QCheckBox *staleOnlyBox() const { return m_staleOnly; }
    QCheckBox *orphansOnlyBox() const { return m_orphansOnly; }
    QComboBox *ageRangeBox() const { return m_ageRange; }
    QToolButton *clearFamilyButton() const { return m_clearFamily; }

Q_SIGNALS:
    void filterChanged(const tempscope::gui::ItemFilter &filter);
    void ageRuleChanged();
    void familyCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showFamily();
    void emitFilter();
    void thresholdEdited();
    void showBasisHelp();
    void showThresholdError(const QString &why); // empty: none

    QLineEdit *m_text;
    QLabel *m_familyLabel;
    QToolButton *m_clearFamily;
    QCheckBox *m_staleOnly;
    QCheckBox *m_orphansOnly;
    QComboBox *m_ageRange;
    QLineEdit *m_threshold;
    QComboBox *m_basis;
    ElidedLabel *m_basisHelp;
    QLabel *m_thresholdError;
    QString m_thresholdProblem;
    QLabel *m_ageLabel = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_basisLabel = nullptr;
    QString m_family;
    std::optional<std::chrono::seconds> m_thresholdValue;
    QTimer m_textDelay;
};

} // namespace tempscope::gui
