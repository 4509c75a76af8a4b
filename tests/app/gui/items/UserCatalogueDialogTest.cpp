// The Tracked Families dialog lists the user's catalogue entries (merged
// with the built-in catalogue) and says why a broken file is left out.

#include "core/catalogue/Catalogue.h"
#include "gui/items/TrackedFamiliesDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;

class UserCatalogueDialogTest final : public QObject
{
    Q_OBJECT

    static void writeCatalogue(const QByteArray &json)
    {
        const QString path = Catalogue::userFilePath();
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QFile::remove(Catalogue::userFilePath()); }

    void noFileTellsWhereToAddOne()
    {
        QFile::remove(Catalogue::userFilePath());
        TrackedFamiliesDialog dialog({}, nullptr);
        QCOMPARE(dialog.catalogueList()->count(), 0);
        QVERIFY(dialog.catalogueNote()->text().contains(
            QDir::toNativeSeparators(Catalogue::userFilePath())));
    }

    void userEntriesAreListed()
    {
        writeCatalogue("{\"entries\":[{\"id\":\"mine\",\"program\":\"My App\",\"purpose\":"
                       "\"Its exports\",\"globs\":[\"myapp-*\"]}]}");
        TrackedFamiliesDialog dialog({}, nullptr);
        QCOMPARE(dialog.catalogueList()->count(), 1);
        QCOMPARE(dialog.catalogueList()->item(0)->text(),
                 QStringLiteral("myapp-* — My App: Its exports"));
    }

    void brokenFileIsExplained()
    {
        writeCatalogue("{\"entries\":[{\"id\":\"x\"}]}");
        TrackedFamiliesDialog dialog({}, nullptr);
        QCOMPARE(dialog.catalogueList()->count(), 0);
        QVERIFY2(dialog.catalogueNote()->text().contains(QStringLiteral("left out")),
                 qPrintable(dialog.catalogueNote()->text()));
    }
};

QTEST_MAIN(UserCatalogueDialogTest)
#include "UserCatalogueDialogTest.moc"
