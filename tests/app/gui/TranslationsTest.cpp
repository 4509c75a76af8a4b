// The desktop app in German and French: the window starts in the saved
// language and switches at run time; menus, actions, column headers, the
// filter bar, the status bar and Qt's own buttons show translated text, and
// no button, label or column title is cut off by the longer words.

#include "gui/Translations.h"
#include "TreeFixture.h"
#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/playground/LiveObjectsModel.h"
#include "gui/playground/PlaygroundWindow.h"
#include "gui/scan/ScanService.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

namespace {

// What a language must show; English is the source text.
struct Expected
{
    QString file, view, rescan, filterItems, language;
    QString nameHeader, sizeHeader, ageHeader, familyItemsHeader;
    QString placeholder, staleOnly, copyPath;
    QString scannedPrefix, shownPart, oneShown;
    QString qtClose; // from qtbase_<lang>.qm
    QString cleanMenu, cleanUp, agesTab, anyAge, chartSize;
};

// What the playground must show; its tour and code texts have contexts of
// their own.
struct ExpectedPlayground
{
    QString create, pitfalls, stateHeader, firstStep, mkstempComment;
};

ExpectedPlayground expectedPlayground(const QString &language)
{
    if (language == u"de")
        return {u"&Erstellen"_qs, u"Fallen"_qs, u"Zustand"_qs,
                u"TemporaryFile: eine Datei ohne Namen"_qs,
                u"Beides liegt bei Ihnen: os.close(fd) und os.remove(path) sind Ihre Sache."_qs};
    if (language == u"fr")
        return {
            u"&Créer"_qs, u"Pièges"_qs, u"État"_qs, u"TemporaryFile\u00a0: un fichier sans nom"_qs,
            u"Les deux sont à votre charge\u00a0: os.close(fd) et os.remove(path) vous reviennent."_qs};
    return {u"C&reate"_qs, u"Pitfalls"_qs, u"State"_qs, u"TemporaryFile: a file with no name"_qs,
            u"You own both: os.close(fd) and os.remove(path) are up to you."_qs};
}

Expected expected(const QString &language)
{
    if (language == u"de")
        return {u"&Datei"_qs,
                u"&Ansicht"_qs,
                u"&Erneut einlesen"_qs,
                u"Elemente &filtern"_qs,
                u"&Sprache"_qs,
                u"Name"_qs,
                u"Größe"_qs,
                u"Alter"_qs,
                u"Elemente"_qs,
                u"Nach Name filtern (Strg+F)"_qs,
                u"&Nur veraltete"_qs,
                u"Pfad &kopieren"_qs,
                u" eingelesen: "_qs,
                u"6 von 6 Elementen angezeigt"_qs,
                u"1 von 6 Elementen angezeigt"_qs,
                u"Schließen"_qs,
                u"&Bereinigen"_qs,
                u"&Bereinigen…"_qs,
                u"Alter"_qs,
                u"beliebig"_qs,
                u"&Größe"_qs};
    if (language == u"fr")
        return {u"&Fichier"_qs,
                u"&Affichage"_qs,
                u"&Réanalyser"_qs,
                u"&Filtrer les éléments"_qs,
                u"&Langue"_qs,
                u"Nom"_qs,
                u"Taille"_qs,
                u"Âge"_qs,
                u"Éléments"_qs,
                u"Filtrer par nom (Ctrl+F)"_qs,
                u"Uniquement les &périmés"_qs,
                u"&Copier le chemin"_qs,
                u" analysé\u00a0: "_qs,
                u"6 éléments affichés sur 6"_qs,
                u"1 élément affiché sur 6"_qs,
                u"Fermer"_qs,
                u"&Nettoyage"_qs,
                u"&Nettoyer…"_qs,
                u"Âges"_qs,
                u"tous"_qs,
                u"&Taille"_qs};
    return {u"&File"_qs,
            u"&View"_qs,
            u"&Rescan"_qs,
            u"&Filter items"_qs,
            u"&Language"_qs,
            u"Name"_qs,
            u"Size"_qs,
            u"Age"_qs,
            u"Items"_qs,
            u"Filter by name (Ctrl+F)"_qs,
            u"&Stale only"_qs,
            u"&Copy path"_qs,
            u"Scanned "_qs,
            u"6 of 6 items shown"_qs,
            u"1 of 6 items shown"_qs,
            u"Close"_qs,
            u"&Clean"_qs,
            u"&Clean Up…"_qs,
            u"Ages"_qs,
            u"any"_qs,
            u"Si&ze"_qs};
}

QStringList menuTitles(const MainWindow &w)
{
    QStringList titles;
    for (const QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

QStringList actionTexts(const MainWindow &w)
{
    QStringList texts;
    for (const QAction *a : w.findChildren<QAction *>())
        texts << a->text();
    return texts;
}

QStringList labelTexts(const QWidget &w)
{
    QStringList texts;
    for (const QLabel *l : w.findChildren<QLabel *>())
        texts << l->text();
    return texts;
}

} // namespace

class TranslationsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openOn(const TreeFixture &tree)
    {
        MainWindow::Options options;
        options.extraRoots = {tree.root()};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        auto w = std::make_unique<MainWindow>(options);
        w->resize(1400, 900);
        w->show();
        [&] {
            QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
            QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        }();
        return w;
    }

    // Everything the window shows in language, then: nothing cut off.
    static void verifyShows(MainWindow &w, const QString &language)
    {
        const Expected e = expected(language);
        QCOMPARE(Translations::current(), language);
        const QStringList menus = menuTitles(w);
        QVERIFY2(menus.mid(0, 2) == (QStringList{e.file, e.view}), qPrintable(menus.join(u", ")));
        QVERIFY2(menus.contains(e.cleanMenu), qPrintable(menus.join(u", ")));
        const QStringList actions = actionTexts(w);
        for (const QString &text : {e.rescan, e.filterItems, e.language, e.cleanUp})
            QVERIFY2(actions.contains(text), qPrintable(text + u" not in " + actions.join(u", ")));

        const QAbstractItemModel *items = w.itemsView()->model();
        QCOMPARE(items->headerData(ItemsModel::Name, Qt::Horizontal).toString(), e.nameHeader);
        QCOMPARE(items->headerData(ItemsModel::Size, Qt::Horizontal).toString(), e.sizeHeader);
        QCOMPARE(items->headerData(ItemsModel::Age, Qt::Horizontal).toString(), e.ageHeader);
        QCOMPARE(
            w.familiesView()->model()->headerData(FamiliesModel::Count, Qt::Horizontal).toString(),
            e.familyItemsHeader);
        QCOMPARE(w.filterBar()->textEdit()->placeholderText(), e.placeholder);
        QCOMPARE(w.filterBar()->staleOnlyBox()->text(), e.staleOnly);
        QCOMPARE(w.filterBar()->ageRangeBox()->itemText(0), e.anyAge);
        QCOMPARE(w.overviewTabs()->tabText(w.overviewTabs()->indexOf(w.ageChart())), e.agesTab);
        QCOMPARE(w.ageChart()->bytesButton()->text(), e.chartSize);
        QVERIFY2(w.statusText().contains(e.scannedPrefix), qPrintable(w.statusText()));
        const QStringList labels = labelTexts(w);
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                             [&](const QString &t) { return t.startsWith(e.shownPart); }),
                 qPrintable(labels.join(u" | ")));
        // One item shown: the singular, where the language has one.
        w.filterBar()->textEdit()->setText(u"report"_qs);
        QTRY_COMPARE(items->rowCount(), 1);
        QTRY_VERIFY2(
            [&] {
                const QStringList now = labelTexts(w);
                return std::any_of(now.cbegin(), now.cend(),
                                   [&](const QString &t) { return t.startsWith(e.oneShown); });
            }(),
            qPrintable(labelTexts(w).join(u" | ")));
        w.filterBar()->textEdit()->clear();
        QTRY_COMPARE(items->rowCount(), 6);

        // The selected item's details, in the same language.
        w.itemsView()->setCurrentIndex(items->index(0, 0));
        const QList<QPushButton *> buttons = w.detailsPane()->findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(),
                            [&](QPushButton *b) { return b->text() == e.copyPath; }));

        // Qt's own texts come from its translation.
        QDialogButtonBox box(QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), e.qtClose);

        verifyNothingClipped(w);
    }

    static void verifyNothingClipped(MainWindow &w)
    {
        QTest::qWait(50); // layouts settle after the texts changed
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || b->text().isEmpty())
                continue;
            QVERIFY2(b->sizeHint().width() <= b->width(),
                     qPrintable(QStringLiteral("button \"%1\": %2 wide, needs %3")
                                    .arg(b->text())
                                    .arg(b->width())
                                    .arg(b->sizeHint().width())));
        }
        for (QLabel *l : w.findChildren<QLabel *>()) {
            if (!l->isVisible() || l->text().isEmpty() || l->wordWrap())
                continue;
            QVERIFY2(l->sizeHint().width() <= l->width(),
                     qPrintable(QStringLiteral("label \"%1\": %2 wide, needs %3")
                                    .arg(l->text())
                                    .arg(l->width())
                                    .arg(l->sizeHint().width())));
        }
        for (QTreeView *view : {w.itemsView(), w.familiesView()}) {
            QHeaderView *header = view->header();
            for (int c = 0; c < header->count(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                QVERIFY2(
                    header->sectionSize(c) >= header->sectionSizeHint(c),
                    qPrintable(QStringLiteral("column \"%1\": %2 wide, needs %3")
                                   .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                                   .arg(header->sectionSize(c))
                                   .arg(header->sectionSizeHint(c))));
            }
        }
        // The item kinds are not cut off either ("Verzeichnis", "dossier").
        const int kind = w.itemsView()->header()->sectionSize(ItemsModel::Kind);
        QVERIFY(static_cast<const QAbstractItemView *>(w.itemsView())
                    ->sizeHintForColumn(ItemsModel::Kind) <= kind);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ScratchRoots::openSettings()->clear(); }
    void cleanup() { Translations::choose(QStringLiteral("en")); }

    void bothTranslationsAreEmbedded()
    {
        QCOMPARE(Translations::available(), (QStringList{u"de"_qs, u"fr"_qs}));
    }

    void startsInTheSavedLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_qs;
        QTest::newRow("fr") << u"fr"_qs;
    }

    void startsInTheSavedLanguage()
    {
        QFETCH(QString, language);
        ScratchRoots::openSettings()->setValue(u"gui/language"_qs, language);
        QCOMPARE(Translations::saved(), language);
        Translations::applySaved();
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree);
        verifyShows(*w, language);
    }

    void switchesAtRunTime()
    {
        Translations::choose(u"en"_qs);
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree);
        verifyShows(*w, u"en"_qs);
        for (const QString &language : {u"de"_qs, u"fr"_qs, u"en"_qs}) {
            // The way a user does it: the action in View > Language.
            QAction *choice = nullptr;
            for (QAction *a : w->findChildren<QAction *>()) {
                if (a->isCheckable() && a->data().toString() == language)
                    choice = a;
            }
            QVERIFY(choice);
            choice->trigger();
            QVERIFY(choice->isChecked());
            QCOMPARE(Translations::saved(), language);
            // Qt posts LanguageChange to the windows.
            QTRY_COMPARE(menuTitles(*w).first(), expected(language).file);
            verifyShows(*w, language);
        }
    }

    // The playground window follows a switch while it is open: its controls,
    // its objects' column titles, the tour, and the code of the next action.
    void playgroundFollowsTheLanguage()
    {
        using namespace tempscope::gui::playground;
        Translations::choose(u"en"_qs);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        PlaygroundWindow window(root.path());
        window.show();
        for (const QString &language : {u"de"_qs, u"fr"_qs, u"en"_qs}) {
            const ExpectedPlayground e = expectedPlayground(language);
            Translations::choose(language);
            QTRY_COMPARE(window.createButton()->text(), e.create);
            const QList<QGroupBox *> boxes = window.findChildren<QGroupBox *>();
            QVERIFY(std::any_of(boxes.cbegin(), boxes.cend(),
                                [&](const QGroupBox *g) { return g->title() == e.pitfalls; }));
            QCOMPARE(window.objectsView()
                         ->model()
                         ->headerData(LiveObjectsModel::State, Qt::Horizontal)
                         .toString(),
                     e.stateHeader);
            QVERIFY2(window.tourLabel()->text().endsWith(e.firstStep),
                     qPrintable(window.tourLabel()->text()));
            window.kindBox()->setCurrentIndex(window.kindBox()->findData(int(ObjectKind::Mkstemp)));
            QTest::mouseClick(window.createButton(), Qt::LeftButton);
            // QTextDocument hands out no-break spaces as plain ones.
            const QString comment = QString(e.mkstempComment).replace(QChar(0xa0), u' ');
            QVERIFY2(window.pythonCode().contains(comment), qPrintable(window.pythonCode()));
        }
        window.close();
    }

    void systemDefaultIsNotSaved()
    {
        Translations::choose(u"de"_qs);
        Translations::choose(QString());
        QVERIFY(!ScratchRoots::openSettings()->contains(u"gui/language"_qs));
        QCOMPARE(Translations::saved(), QString());
    }
};

QTEST_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
