// LiveObjectsModel under QAbstractItemModelTester while a session makes
// objects of every kind, spools one over, closes, removes and clears them:
// the model's signals must match its rows at every step, and its cells must
// say what the objects are.

#include "gui/playground/LiveObjectsModel.h"
#include "gui/playground/PlaygroundSession.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tempscope::gui::playground;

class LiveObjectsModelTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<PlaygroundSession> m_session;
    LiveObjectsModel *m_model = nullptr; // the session's child
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role).toString();
    }

    PlaygroundObject::State state(int row) const
    {
        return PlaygroundObject::State(
            m_model->index(row, 0).data(LiveObjectsModel::StateRole).toInt());
    }

    // Makes an object; its row, or -1 when the session refused (the lesson says why).
    int create(ObjectKind kind, qint64 maxSize = 30)
    {
        return m_session->create(
            {.kind = kind, .prefix = QStringLiteral("model_"), .maxSize = maxSize});
    }

    // Whether some dataChanged in spy covered every column of row.
    static bool changedWholeRow(const QSignalSpy &spy, int row)
    {
        return std::any_of(spy.cbegin(), spy.cend(), [row](const QList<QVariant> &args) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            return from.row() <= row && row <= to.row() && from.column() == 0 &&
                   to.column() == LiveObjectsModel::ColumnCount - 1;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_session = std::make_unique<PlaygroundSession>(m_root->path());
        m_model = new LiveObjectsModel(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_session.reset();
        m_root.reset();
    }

    void everyKindIsARowInTheOrderMade()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        const ObjectKind kinds[] = {ObjectKind::TemporaryFile,
                                    ObjectKind::NamedTemporaryFile,
                                    ObjectKind::SpooledTemporaryFile,
                                    ObjectKind::TemporaryDirectory,
                                    ObjectKind::Mkstemp,
                                    ObjectKind::Mkdtemp};
        const QString variables[] = {u"f1"_qs, u"f2"_qs, u"f3"_qs, u"d1"_qs, u"f4"_qs, u"d2"_qs};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(create(kinds[i]), i);
            QCOMPARE(m_model->rowCount(), i + 1);
            QCOMPARE(inserted.count(), i + 1);
            QCOMPARE(inserted.last().at(1).toInt(), i);
            QCOMPARE(inserted.last().at(2).toInt(), i);
            QCOMPARE(cell(i, LiveObjectsModel::Variable), variables[i]);
            QCOMPARE(cell(i, LiveObjectsModel::Kind), kindName(kinds[i]));
            QCOMPARE(state(i), PlaygroundObject::State::Open);
            QCOMPARE(m_model->index(i, 0).data(LiveObjectsModel::RowOfSessionRole).toInt(), i);
            QCOMPARE(cell(i, 0, LiveObjectsModel::PathRole), m_session->object(i)->path());
        }
        QCOMPARE(cell(0, LiveObjectsModel::Path), QStringLiteral("no name"));
        QCOMPARE(cell(2, LiveObjectsModel::Path), QStringLiteral("no name (in memory)"));
        QCOMPARE(cell(1, LiveObjectsModel::Path), m_session->object(1)->path());
        QCOMPARE(cell(1, LiveObjectsModel::Mode), QStringLiteral("0600 rw-------"));
        QCOMPARE(cell(3, LiveObjectsModel::Mode), QStringLiteral("0700 rwx------"));
        QCOMPARE(cell(2, LiveObjectsModel::Mode), QStringLiteral("—"));
        QCOMPARE(cell(2, LiveObjectsModel::Descriptor), QStringLiteral("—"));
        QVERIFY(cell(4, LiveObjectsModel::Descriptor).toInt() > 2);
    }

    void aSpoolRollsOverAndCloses()
    {
        const int row = create(ObjectKind::SpooledTemporaryFile, 4);
        QCOMPARE(row, 0);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_session->perform(row, Action::Write, QByteArray(4, 'a')));
        QVERIFY(changedWholeRow(changed, row));
        QCOMPARE(cell(row, LiveObjectsModel::State), QStringLiteral("open · in memory"));
        QCOMPARE(cell(row, LiveObjectsModel::Size), QStringLiteral("4 B in memory"));

        changed.clear();
        QVERIFY(m_session->perform(row, Action::Write, QByteArray(1, 'b')));
        QVERIFY(changedWholeRow(changed, row));
        QCOMPARE(state(row), PlaygroundObject::State::RolledOver);
        QCOMPARE(cell(row, LiveObjectsModel::State), QStringLiteral("rolled over · on disk"));
        QCOMPARE(cell(row, LiveObjectsModel::Path),
                 QStringLiteral("no name (rolled over to a TemporaryFile)"));
        QCOMPARE(cell(row, LiveObjectsModel::Size), QStringLiteral("5 B on disk"));
        QVERIFY(cell(row, LiveObjectsModel::Descriptor).toInt() > 2);
        QCOMPARE(cell(row, LiveObjectsModel::Mode), QStringLiteral("0600 rw-------"));
        QVERIFY(
            m_model->index(row, LiveObjectsModel::State).data(Qt::FontRole).value<QFont>().bold());

        changed.clear();
        QVERIFY(m_session->perform(row, Action::Close));
        QVERIFY(changedWholeRow(changed, row));
        QCOMPARE(state(row), PlaygroundObject::State::Removed);
        QCOMPARE(cell(row, LiveObjectsModel::State), QStringLiteral("removed"));
        QCOMPARE(cell(row, LiveObjectsModel::Size), QStringLiteral("—"));
        QCOMPARE(cell(row, LiveObjectsModel::Descriptor), QStringLiteral("—"));
        QVERIFY(m_model->index(row, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m_model->rowCount(), 1); // the row stays to tell the story
    }

    void anActionOnOneObjectRefreshesTheOthers()
    {
        QCOMPARE(create(ObjectKind::NamedTemporaryFile), 0);
        QCOMPARE(create(ObjectKind::TemporaryDirectory), 1);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_session->perform(1, Action::AddFile));
        QCOMPARE(cell(1, LiveObjectsModel::Size), QStringLiteral("18 B"));
        QVERIFY(m_session->perform(0, Action::Write, QByteArrayLiteral("abc")));
        QCOMPARE(cell(0, LiveObjectsModel::Size), QStringLiteral("0 B (+3 B buffered)"));
        QVERIFY(m_session->perform(0, Action::RemoveByHand));
        QCOMPARE(cell(0, LiveObjectsModel::State), QStringLiteral("open · name removed"));
        QVERIFY(m_session->perform(1, Action::LeaveScope));
        QVERIFY(changedWholeRow(changed, 0));
        QVERIFY(changedWholeRow(changed, 1));
        QCOMPARE(state(1), PlaygroundObject::State::Removed);
        QCOMPARE(cell(1, LiveObjectsModel::State, Qt::ToolTipRole),
                 QStringLiteral("The block that made it has ended."));
    }

    void clearingResetsAndStartsOver()
    {
        QCOMPARE(create(ObjectKind::NamedTemporaryFile), 0);
        QCOMPARE(create(ObjectKind::Mkdtemp), 1);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_session->clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(create(ObjectKind::TemporaryDirectory), 0);
        QCOMPARE(cell(0, LiveObjectsModel::Variable), QStringLiteral("d1"));
    }

    // The session resets the model on its way out; the tester watches to the end.
    void destroyingTheSessionWithObjects()
    {
        QCOMPARE(create(ObjectKind::SpooledTemporaryFile, 1), 0);
        QVERIFY(m_session->perform(0, Action::Write, QByteArrayLiteral("xy")));
        QCOMPARE(create(ObjectKind::TemporaryFile), 1);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_session.reset(); // deletes the model too
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_MAIN(LiveObjectsModelTest)
#include "LiveObjectsModelTest.moc"
