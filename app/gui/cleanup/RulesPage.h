#pragma once
// RulesPage: the first page of the cleanup wizard: what counts as stale and
// what happens to it. The age threshold is checked as it is typed (the
// duration syntax of the command line, "7d", "1d12h"), with the reason shown
// under the field; Next stays disabled until the rules make sense. The
// families of the scanned root are offered as a checkable list, next to
// free-form prefixes and globs. Named profiles are loaded, saved and deleted
// here (CleanupProfiles).

#include "core/cleanup/CleanupRule.h"

#include <QTimer>
#include <QWizardPage>

#include <chrono>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace tempscope::gui {

class CleanupWizard;

class RulesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    explicit RulesPage(CleanupWizard *wizard);

    // The rule the controls describe (the threshold must be valid: see isComplete()).
    CleanupRule rule() const;
    // Puts a rule into the controls: includes that name a family of the root
    // check it, the others become patterns.
    void setRule(const CleanupRule &rule);
    // The age the page shows when no cleanup has run before.
    void setDefaultAge(AgeBasis basis, std::optional<std::chrono::seconds> threshold);
    // Why the rules cannot be used as they are; empty when they can.
    QString problem() const;

    void loadProfile(const QString &name);
    bool saveProfile(const QString &name);
    bool deleteProfile(const QString &name);

    bool isComplete() const override;

    QComboBox *profileBox() const { return m_profile; }
    QLineEdit *thresholdEdit() const { return m_threshold; }
    QComboBox *basisBox() const { return m_basis; }
    QLabel *problemLabel() const { return m_problemText; }
    QRadioButton *everyItemButton() const { return m_everyItem; }
    QRadioButton *onlyMatchingButton() const { return m_onlyMatching; }
    QListWidget *familyList() const { return m_families; }
    QLineEdit *patternsEdit() const { return m_patterns; }
    QLineEdit *excludesEdit() const { return m_excludes; }
    QRadioButton *perFileButton() const { return m_perFile; }
    QRadioButton *trashButton() const { return m_trash; }
    QRadioButton *deleteButton() const { return m_delete; }
    QCheckBox *othersBox() const { return m_others; }
    QCheckBox *orphansOnlyBox() const { return m_orphansOnly; }

private:
    void fillFamilies();
    void updateFamilyCounts();
    void validate();
    void reloadProfiles(const QString &select);
    void askProfileName();
    void profileChosen();

    CleanupWizard *m_wizard;
    QComboBox *m_profile;
    QPushButton *m_saveProfile;
    QPushButton *m_deleteProfile;
    QLineEdit *m_threshold;
    QComboBox *m_basis;
    QLabel *m_problemIcon;
    QLabel *m_problemText;
    QRadioButton *m_everyItem;
    QRadioButton *m_onlyMatching;
    QListWidget *m_families;
    QLineEdit *m_patterns;
    QLineEdit *m_excludes;
    QRadioButton *m_wholeItems;
    QRadioButton *m_perFile;
    QRadioButton *m_delete;
    QRadioButton *m_trash;
    QCheckBox *m_others;
    QCheckBox *m_orphansOnly;
    QTimer m_countDelay;
    QString m_problem;
    bool m_loading = false; // setRule() in progress: edits are not the user's
};

} // namespace tempscope::gui
