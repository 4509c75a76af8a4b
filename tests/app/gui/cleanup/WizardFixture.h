#pragma once
// What the cleanup wizard tests share: a scoped XDG_DATA_HOME, row and
// preview lookups, and the steps a user takes through the wizard.

#include "core/cleanup/CleanupProfiles.h"
#include "core/inventory/Duration.h"
#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/cleanup/CleanupWizard.h"
#include "gui/cleanup/PreviewModel.h"
#include "gui/cleanup/PreviewPage.h"
#include "gui/cleanup/ProgressPage.h"
#include "gui/cleanup/ReportModel.h"
#include "gui/cleanup/ReportPage.h"
#include "gui/cleanup/RulesPage.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/ScanService.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

namespace tempscope::gui::test {

// XDG_DATA_HOME set to `path` (the home trash goes there) while it lives.
class DataHome
{
public:
    explicit DataHome(const QString &path) : m_old(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(path));
    }
    ~DataHome()
    {
        if (m_old.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_old);
    }
    Q_DISABLE_COPY_MOVE(DataHome)

private:
    QByteArray m_old;
};

// The main window's options for a test on `tree` alone: no other location,
// nothing scanned before the window asks.
inline MainWindow::Options windowOn(const TreeFixture &tree)
{
    MainWindow::Options options;
    options.extraRoots = {tree.root()};
    options.discoverRoots = false;
    options.scanAllOnStart = false;
    return options;
}

// The row of the items view whose Name is `name`; -1 when none.
inline int rowNamed(const QTreeView &items, const QString &name)
{
    for (int r = 0; r < items.model()->rowCount(); ++r) {
        if (items.model()->index(r, ItemsModel::Name).data().toString() == name)
            return r;
    }
    return -1;
}

inline RootScan scanOf(const TreeFixture &tree)
{
    RootScan scan;
    scan.requested = tree.root();
    scan.inventory = tree.scan();
    scan.scannedAt = Inventory::nowNs();
    return scan;
}

// The relative paths a preview section lists, sorted.
inline QStringList listed(const PreviewModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, PreviewModel::Path).data().toString();
    out.sort();
    return out;
}

inline QString detailOf(const PreviewModel &model, const QString &relative)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, PreviewModel::Path).data().toString() == relative)
            return model.index(r, PreviewModel::Detail).data().toString();
    }
    return {};
}

inline QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return b;
    }
    return nullptr;
}

// Rules: older than `age` by mtime (the fixture sets mtimes; ctimes are
// now), deleted permanently (the user's trash stays out of the tests).
inline void useRules(CleanupWizard &w, const QString &age)
{
    RulesPage *rules = w.rulesPage();
    rules->deleteButton()->setChecked(true);
    rules->basisBox()->setCurrentIndex(rules->basisBox()->findData(int(AgeBasis::Mtime)));
    rules->thresholdEdit()->clear();
    QTest::keyClicks(rules->thresholdEdit(), age);
}

inline void toPreview(CleanupWizard &w)
{
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    w.button(QWizard::NextButton)->click();
    QCOMPARE(w.currentId(), int(CleanupWizard::PreviewPageId));
    QTRY_VERIFY(w.previewPage()->plan());
}

// Commit, check the confirmation, accept it, wait for the report.
inline void runConfirmed(CleanupWizard &w, const QString &expectedQuestion)
{
    QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
    w.button(QWizard::CommitButton)->click();
    QMessageBox *box = w.previewPage()->confirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), expectedQuestion);
    QAbstractButton *go = buttonWithRole(box, QMessageBox::DestructiveRole);
    if (!go)
        go = buttonWithRole(box, QMessageBox::AcceptRole);
    QVERIFY(go);
    go->click();
    QTRY_COMPARE(w.currentId(), int(CleanupWizard::ReportPageId));
    QVERIFY(w.hasReport());
}

inline const CleanupResult *resultFor(const CleanupReport &report, const QString &path)
{
    for (const CleanupResult &r : report.results) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

} // namespace tempscope::gui::test
