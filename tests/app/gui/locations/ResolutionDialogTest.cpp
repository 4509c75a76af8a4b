// The "why this temporary directory" dialog lists Python's candidates in
// order with their verdicts, and Qt's answer beside them.

#include "gui/locations/ResolutionDialog.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tempscope;
using namespace tempscope::gui;

class ResolutionDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryCandidate()
    {
        QTemporaryDir usable;
        TempDirResolver::Inputs inputs;
        inputs.environment = QProcessEnvironment();
        inputs.environment.insert(QStringLiteral("TMPDIR"),
                                  usable.path() + QStringLiteral("/missing"));
        inputs.environment.insert(QStringLiteral("TEMP"), usable.path());
        inputs.currentDir = usable.path();
        const TempDirResolution python = TempDirResolver::resolve(inputs);
        QCOMPARE(python.tempDir, usable.path());

        ResolutionDialog dialog(python, TempDirResolver::qtTempPath(python));
        QTreeWidget *list = dialog.candidates();
        QCOMPARE(list->topLevelItemCount(), python.candidates.size());
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("TMPDIR"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("passed over"));
        QCOMPARE(list->topLevelItem(1)->text(2), usable.path());
        QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("usable"));
        QVERIFY(list->topLevelItem(1)->font(2).bold());
        QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("not tried"));

        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        const QString all = labels.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("QDir::tempPath()")), qPrintable(all));
        QVERIFY2(all.contains(usable.path()), qPrintable(all));
    }
};

QTEST_MAIN(ResolutionDialogTest)
#include "ResolutionDialogTest.moc"
