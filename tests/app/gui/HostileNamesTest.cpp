// Names are data, never markup: every widget that shows a file name, a path,
// a family, an owner or a process name is fed names made of HTML and of
// bidirectional controls, and what it renders is checked — a label by its
// text format, a rich text by the plain text of its document, tooltips (also
// a model's Qt::ToolTipRole) the way QToolTip detects rich text, the chart's
// legend as the HTML it is drawn from. A name with invisible characters is
// shown escaped and marked, and the real name can still be copied.

#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"
#include "core/native/Scanner.h"
#include "gui/MainWindow.h"
#include "gui/PlainText.h"
#include "gui/cleanup/CleanupWizard.h"
#include "gui/cleanup/PreviewPage.h"
#include "gui/cleanup/RulesPage.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/items/TrackedFamiliesDialog.h"
#include "gui/playground/PlaygroundSession.h"
#include "gui/playground/PlaygroundWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QWizard>

#include <ctime>

#include <fcntl.h>
#include <sys/stat.h>

using namespace tempscope;
using namespace tempscope::gui;

namespace {

// A name that, taken for HTML, renders as a big red "ALL CLEAN".
const QString Marker = QStringLiteral("ALL CLEAN");
const QString Tag = QStringLiteral("<h1>");
const QString Hostile = QStringLiteral("<h1><font color=red>ALL CLEAN");
// Reads "invoiceexe.pdf" where the bidi override is obeyed.
const QString Bidi = QStringLiteral("invoice\u202efdp.exe");

QString fromHtml(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

// What a text shown in `format` reads as on screen.
QString rendered(const QString &text, Qt::TextFormat format)
{
    switch (format) {
    case Qt::PlainText:
        return text;
    case Qt::RichText:
        return fromHtml(text);
    case Qt::MarkdownText: {
        QTextDocument doc;
        doc.setMarkdown(text);
        return doc.toPlainText();
    }
    case Qt::AutoText:
        break;
    }
    return Qt::mightBeRichText(text) ? fromHtml(text) : text;
}

void setAge(const QString &path, qint64 seconds)
{
    const timespec when{std::time(nullptr) - seconds, 0};
    const timespec times[2] = {when, when};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times,
                        AT_SYMLINK_NOFOLLOW) == 0);
}

// Walks widgets and records every place a hostile name shows up, and every
// place where it shows up as markup instead of as itself.
class Walk
{
public:
    QStringList seen;     // where the name was shown
    QStringList failures; // where it was rendered as markup

    void check(const QString &text, Qt::TextFormat format, const QString &where)
    {
        const QString shown = rendered(text, format);
        if (!shown.contains(Marker))
            return;
        seen << where;
        if (!shown.contains(Tag))
            failures << where + QStringLiteral(": ") + shown;
    }

    void model(const QAbstractItemModel *m, const QModelIndex &parent, const QString &where,
               int depth = 0)
    {
        if (!m || depth > 3)
            return;
        for (int r = 0; r < std::min(m->rowCount(parent), 500); ++r) {
            for (int c = 0; c < m->columnCount(parent); ++c) {
                const QModelIndex i = m->index(r, c, parent);
                // The item delegate draws the display text as it is; tooltips
                // are rich text when they look like it.
                check(i.data(Qt::DisplayRole).toString(), Qt::PlainText,
                      where + QStringLiteral(" display"));
                check(i.data(Qt::ToolTipRole).toString(), Qt::AutoText,
                      where + QStringLiteral(" tooltip"));
            }
            model(m, m->index(r, 0, parent), where, depth + 1);
        }
    }

    void chart(QChart *chart, const QString &where)
    {
        // QtCharts draws legends, titles and axis labels as HTML.
        check(chart->title(), Qt::RichText, where + QStringLiteral(" title"));
        for (QLegendMarker *marker : chart->legend()->markers()) {
            check(marker->label(), Qt::RichText, where + QStringLiteral(" legend"));
        }
        for (QAbstractAxis *axis : chart->axes()) {
            check(axis->titleText(), Qt::RichText, where + QStringLiteral(" axis title"));
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                for (const QString &c : categories->categories())
                    check(c, Qt::RichText, where + QStringLiteral(" axis"));
            }
        }
    }

    void widget(QWidget *w)
    {
        QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            where += QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className());
        check(w->toolTip(), Qt::AutoText, where + QStringLiteral(" tooltip"));
        check(w->windowTitle(), Qt::PlainText, where + QStringLiteral(" window title"));
        check(w->accessibleName(), Qt::PlainText, where + QStringLiteral(" accessible name"));
        if (auto *label = qobject_cast<QLabel *>(w))
            check(label->text(), label->textFormat(), where);
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(button->text(), Qt::PlainText, where);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(edit->text(), Qt::PlainText, where);
        if (auto *box = qobject_cast<QGroupBox *>(w))
            check(box->title(), Qt::PlainText, where);
        if (auto *message = qobject_cast<QMessageBox *>(w)) {
            check(message->text(), message->textFormat(), where + QStringLiteral(" text"));
            check(message->informativeText(), message->textFormat(),
                  where + QStringLiteral(" informative"));
        }
        if (auto *wizard = qobject_cast<QWizard *>(w)) {
            for (int id : wizard->pageIds()) {
                check(wizard->page(id)->title(), wizard->titleFormat(),
                      where + QStringLiteral(" page title"));
                check(wizard->page(id)->subTitle(), wizard->subTitleFormat(),
                      where + QStringLiteral(" subtitle"));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            model(view->model(), QModelIndex(), where);
        if (auto *chartView = qobject_cast<QChartView *>(w))
            chart(chartView->chart(), where);
    }

    void tree(QWidget *top)
    {
        widget(top);
        for (QWidget *w : top->findChildren<QWidget *>())
            widget(w);
    }

    bool sawIn(const QString &what) const
    {
        return std::any_of(seen.cbegin(), seen.cend(),
                           [&](const QString &s) { return s.contains(what); });
    }
};

#define VERIFY_WALK(walk)                                                                          \
    QVERIFY2((walk).failures.isEmpty(), qPrintable((walk).failures.join(QStringLiteral("\n"))))

} // namespace

class HostileNamesTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;    // a location whose own name is hostile
    QProcess m_holder; // a process with a hostile name holding a hostile file open
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<MainWindow> openMainWindow()
    {
        MainWindow::Options options;
        options.extraRoots = {m_root};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        auto w = std::make_unique<MainWindow>(options);
        w->show();
        return w;
    }

    static QModelIndex rowNamed(const QAbstractItemModel *m, const QString &shown,
                                const QModelIndex &parent = {})
    {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, ItemsModel::Name, parent);
            if (i.data().toString() == shown)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(QDir(m_tmp.path()).canonicalPath()));
        m_root = QDir(m_tmp.path()).canonicalPath() + u'/' + Hostile + QStringLiteral(" root");
        QVERIFY(QDir().mkpath(m_root + u'/' + Hostile + QStringLiteral(" dir")));
        const QStringList files{
            Hostile, Bidi, Hostile + QStringLiteral(" dir/") + Hostile + QStringLiteral(" inside"),
            QStringLiteral("+SUM(1)")};
        for (const QString &f : files) {
            QFile file(m_root + u'/' + f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("data") == 4);
        }
        for (const QString &f : files)
            setAge(m_root + u'/' + f, 30 * 24 * 3600);
        setAge(m_root + u'/' + Hostile + QStringLiteral(" dir"), 30 * 24 * 3600);

        // A process whose name is markup ("<h1>ALL CLEAN", 13 characters:
        // within the 15 the kernel keeps) holds the hostile file open.
        const QString program =
            QDir(m_tmp.path()).canonicalPath() + QStringLiteral("/<h1>ALL CLEAN");
        QVERIFY(QFile::copy(QStandardPaths::findExecutable(QStringLiteral("tail")), program));
        QVERIFY(QFile::setPermissions(program, QFileDevice::ExeOwner | QFileDevice::ReadOwner));
        m_holder.start(program, {QStringLiteral("-f"), m_root + u'/' + Hostile});
        QVERIFY(m_holder.waitForStarted());
    }

    void cleanupTestCase()
    {
        m_holder.kill();
        m_holder.waitForFinished();
    }

    void init()
    {
        m_settings = ScratchRoots::openSettings();
        m_settings->clear();
    }
    void cleanup() { m_settings.reset(); }

    void mainWindowShowsNamesAsText()
    {
        auto w = openMainWindow();
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 4);
        QComboBox *basis = w->filterBar()->basisBox();
        basis->setCurrentIndex(basis->findData(int(AgeBasis::Mtime)));
        w->filterBar()->thresholdEdit()->setText(QStringLiteral("7d"));
        Q_EMIT w->filterBar()->thresholdEdit()->editingFinished();

        // The hostile file (held open by the hostile process) in the details pane.
        const QAbstractItemModel *items = w->itemsView()->model();
        const QModelIndex hostile = rowNamed(items, Hostile);
        QVERIFY(hostile.isValid());
        w->itemsView()->selectionModel()->setCurrentIndex(
            hostile, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY2(w->detailsPane()->text().contains(QStringLiteral("Held by: PID")),
                     qPrintable(w->detailsPane()->text()));
        QVERIFY2(w->detailsPane()->text().contains(QStringLiteral("<h1>ALL CLEAN")),
                 qPrintable(w->detailsPane()->text()));
        Walk walk;
        walk.tree(w->detailsPane());
        QVERIFY2(walk.seen.size() >= 4,
                 qPrintable(walk.seen.join(u'\n'))); // title, path, family, held by
        // Rows inside the hostile directory, with their relative paths.
        const QModelIndex dir = rowNamed(items, Hostile + QStringLiteral(" dir"));
        QVERIFY(dir.isValid());
        w->itemsView()->expand(dir);
        QTRY_VERIFY(items->rowCount(dir) == 1);
        // The hostile family picked: the filter bar names it.
        const QAbstractItemModel *families = w->familiesView()->model();
        for (int r = 0; r < families->rowCount(); ++r) {
            if (families->index(r, 0).data(FamiliesModel::KeyRole).toString() == Hostile)
                w->familiesView()->selectionModel()->select(families->index(r, 0),
                                                            QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        }
        QCOMPARE(w->itemsView()->model()->rowCount(), 1);

        // The age chart is drawn when its tab is shown.
        w->overviewTabs()->setCurrentWidget(w->ageChart());
        QTRY_VERIFY(!w->ageChart()->setKeys().isEmpty());

        walk.tree(w.get());
        AgeChartView *chart = w->ageChart();
        for (int set = 0; set < chart->setKeys().size(); ++set) {
            for (int bucket = 0; bucket < 12; ++bucket)
                walk.check(chart->toolTipFor(set, bucket), Qt::AutoText,
                           QStringLiteral("chart tooltip"));
        }
        VERIFY_WALK(walk);
        // Where it must have been seen (so that the walk cannot pass by seeing nothing).
        for (const char *place : {"DetailsPane", "TreeView", "display", "tooltip", "QChartView",
                                  "legend", "chart tooltip", "FilterBar", "QListView"}) {
            QVERIFY2(walk.sawIn(QString::fromLatin1(place)), place);
        }
    }

    void hiddenCharactersAreEscapedAndMarked()
    {
        auto w = openMainWindow();
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 4);
        const QAbstractItemModel *items = w->itemsView()->model();
        const QModelIndex bidi = rowNamed(items, QStringLiteral("invoice\\u202efdp.exe"));
        QVERIFY2(bidi.isValid(), "the name column shows the override escaped");
        QVERIFY(bidi.data(Qt::ForegroundRole).value<QBrush>() == hiddenCharactersBrush());
        QVERIFY(rendered(bidi.data(Qt::ToolTipRole).toString(), Qt::AutoText)
                    .contains(hiddenCharactersNote()));
        QVERIFY(!rowNamed(items, Hostile)
                     .data(Qt::ForegroundRole)
                     .isValid()); // only hidden characters are marked

        w->itemsView()->selectionModel()->setCurrentIndex(
            bidi, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString details = w->detailsPane()->text();
        QVERIFY2(details.startsWith(QStringLiteral("invoice\\u202efdp.exe\n")),
                 qPrintable(details));
        QVERIFY2(details.contains(hiddenCharactersNote()), qPrintable(details));
        QVERIFY(!details.contains(QChar(0x202e)));
        QVERIFY(w->detailsPane()->path().endsWith(QStringLiteral("/invoice\\u202efdp.exe")));
        // "Copy path" copies the real name.
        auto *copy = w->detailsPane()->findChild<QAbstractButton *>();
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_root + u'/' + Bidi);

        // Without hidden characters there is no mark.
        w->itemsView()->selectionModel()->setCurrentIndex(rowNamed(items, Hostile),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        QVERIFY(!w->detailsPane()->text().contains(hiddenCharactersNote()));
    }

    void trackedFamiliesShowNamesAsText()
    {
        auto w = openMainWindow();
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 4);
        TrackedFamiliesDialog dialog({Hostile + QStringLiteral("*")}, w->itemsModel()->inventory());
        dialog.findChild<QLineEdit *>()->setText(Hostile);
        Walk walk;
        walk.tree(&dialog);
        VERIFY_WALK(walk);
        QVERIFY2(walk.sawIn(QStringLiteral("QListWidget")), qPrintable(walk.seen.join(u'\n')));
        QVERIFY2(walk.sawIn(QStringLiteral("QLabel")), qPrintable(walk.seen.join(u'\n')));
    }

    void cleanupWizardShowsNamesAsText()
    {
        RootScan scan;
        scan.requested = m_root;
        native::ScanResult result = native::scan(nativePath(m_root));
        QVERIFY(result.ok());
        scan.inventory = std::make_shared<const Inventory>(
            std::make_shared<const native::ScanTree>(std::move(result.tree)), PrefixFamilies());
        scan.scannedAt = Inventory::nowNs();
        CleanupWizard wizard(scan, *m_settings);
        wizard.show();
        RulesPage *rules = wizard.rulesPage();
        rules->deleteButton()->setChecked(true); // the user's trash stays out of the test
        rules->basisBox()->setCurrentIndex(rules->basisBox()->findData(int(AgeBasis::Mtime)));
        rules->thresholdEdit()->clear();
        QTest::keyClicks(rules->thresholdEdit(), QStringLiteral("1d"));
        Walk walk;
        walk.tree(&wizard);

        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CleanupWizard::PreviewPageId));
        QTRY_VERIFY(wizard.previewPage()->plan());
        walk.tree(&wizard);

        wizard.button(QWizard::CommitButton)->click();
        QMessageBox *box = wizard.previewPage()->confirmation();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        walk.tree(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QAbstractButton *go = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                go = b;
        }
        QVERIFY(go);
        go->click();
        QTRY_COMPARE(wizard.currentId(), int(CleanupWizard::ReportPageId));
        walk.tree(&wizard);
        VERIFY_WALK(walk);
        for (const char *place : {"window title", "subtitle", "QListWidget", "QTreeView"})
            QVERIFY2(walk.sawIn(QString::fromLatin1(place)), place);
        QCOMPARE(wizard.subTitleFormat(), Qt::PlainText);
    }

    void playgroundShowsNamesAsText()
    {
        MainWindow::Options options;
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow w(options);
        w.show();
        w.playgroundAction()->trigger();
        playground::PlaygroundWindow *p = w.playground();
        QVERIFY(p);
        p->kindBox()->setCurrentIndex(
            p->kindBox()->findData(int(playground::ObjectKind::NamedTemporaryFile)));
        p->prefixEdit()->setText(Hostile);
        const int before = p->session()->count();
        QTest::mouseClick(p->createButton(), Qt::LeftButton);
        QCOMPARE(p->session()->count(), before + 1);
        Walk walk;
        walk.tree(p);
        VERIFY_WALK(walk);
        QVERIFY2(walk.sawIn(QStringLiteral("QTreeView")), qPrintable(walk.seen.join(u'\n')));
        QVERIFY2(walk.sawIn(QStringLiteral("QLabel")), qPrintable(walk.seen.join(u'\n')));
    }

    // The walk itself fails where Qt would take a name for markup.
    void walkCatchesMarkup()
    {
        QWidget top;
        auto *label = new QLabel(Hostile, &top); // Qt::AutoText, as QLabel starts
        Walk walk;
        walk.tree(&top);
        QCOMPARE(walk.failures.size(), 1);
        label->setTextFormat(Qt::PlainText);
        label->setToolTip(QStringLiteral("PID 1 (") + Hostile + u')');
        Walk again;
        again.tree(&top);
        QCOMPARE(again.failures.size(), 1);
        label->setToolTip(plainToolTip(label->toolTip()));
        Walk inert;
        inert.tree(&top);
        QVERIFY(inert.failures.isEmpty());
        QCOMPARE(inert.seen.size(), 2);
    }

    void plainToolTipRendersItself_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << Hostile;
        QTest::newRow("markup after text") << QStringLiteral("PID 7 (") + Hostile + u')';
        QTest::newRow("entity") << QStringLiteral("a &amp; b <b>x</b>");
        QTest::newRow("lines") << QStringLiteral("Held by:\n<b>x</b>\n  two  spaces");
        QTest::newRow("plain stays as is") << QStringLiteral("report.pdf");
    }
    void plainToolTipRendersItself()
    {
        QFETCH(QString, text);
        const QString tip = plainToolTip(text);
        QCOMPARE(rendered(tip, Qt::AutoText), text);
        if (!Qt::mightBeRichText(text))
            QCOMPARE(tip, text);
    }
};

QTEST_MAIN(HostileNamesTest)
#include "HostileNamesTest.moc"
