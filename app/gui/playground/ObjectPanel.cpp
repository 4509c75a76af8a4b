#include "gui/playground/ObjectPanel.h"

#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "gui/playground/LiveObjectsModel.h"
#include "gui/playground/PlaygroundSession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace tempscope::gui::playground {

namespace {

// The actions on the selected object, in the order of the buttons.
struct ActionButton
{
    Action action;
    const char *text;
    const char *tip;
};

constexpr ActionButton kActionButtons[] = {
    {Action::ReadBack,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "seek(0) + &read"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "Rewind, then read everything")},
    {Action::ReadNoSeek,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "read (no seek)"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "Read from the current position")},
    {Action::Flush, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "&flush"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "Hand buffered writes to the OS")},
    {Action::Close, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "&close"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "close() the object")},
    {Action::LeaveScope,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "&leave scope"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "End the with block (or the C++ scope)")},
    {Action::AddFile,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "add file &inside"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "Write a file into the directory")},
    {Action::RemoveByHand,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "remove by hand"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "os.remove / shutil.rmtree the path now")},
    {Action::OtherProcessReads,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "another &process reads"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "A separate program opens the path and reports what it saw")},
    {Action::CheckInUse,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "who has it &open?"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "Tempscope's in-use detection for this path")},
    {Action::WriteWrongType,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "write the wrong &type"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "str to a binary file, bytes to a text file: Python's TypeError")},
    {Action::RaiseInBlock,
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "raise in the &block"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow",
                       "An exception ends the with block: is the object still cleaned up?")},
};

// How many buttons a row holds: three rows keep the window narrow enough to
// open beside the inspector.
constexpr int kPerRow = 4;

} // namespace

ObjectPanel::ObjectPanel(PlaygroundSession *session, LiveObjectsModel *model, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(model), m_title(new QLabel(this)),
      m_view(new QTreeView(this))
{
    setUpView();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(writeRow());
    layout->addLayout(actionRows());
    layout->addLayout(gaugeRow());
    retranslate();
}

void ObjectPanel::setUpView()
{
    m_title->setBuddy(m_view);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[LiveObjectsModel::ColumnCount] = {5 * em, 15 * em, 14 * em, 20 * em,
                                                       3 * em, 11 * em, 9 * em};
    for (int c = 0; c < LiveObjectsModel::ColumnCount; ++c)
        m_view->header()->resizeSection(c, widths[c]);
    m_view->header()->setSectionResizeMode(LiveObjectsModel::Path, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateGauge();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateGauge(); });
}

QLayout *ObjectPanel::writeRow()
{
    m_text = new QLineEdit(QStringLiteral("Hello from the pipeline!\\n"), this);
    m_writeText = new QPushButton(this);
    connect(m_writeText, &QPushButton::clicked, this, [this] {
        QString text = m_text->text();
        text.replace(QStringLiteral("\\n"), QStringLiteral("\n"))
            .replace(QStringLiteral("\\r"), QStringLiteral("\r"));
        act(Action::Write, text.toUtf8());
    });
    connect(m_text, &QLineEdit::returnPressed, m_writeText, &QPushButton::click);
    m_byteCount = new QSpinBox(this);
    m_byteCount->setRange(1, 16 * 1024 * 1024);
    m_byteCount->setValue(10);
    m_writeBytes = new QPushButton(this);
    connect(m_writeBytes, &QPushButton::clicked, this,
            [this] { act(Action::Write, QByteArray(m_byteCount->value(), 'x')); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_writeText);
    row->addSpacing(fontMetrics().horizontalAdvance(u'M'));
    row->addWidget(m_byteCount);
    row->addWidget(m_writeBytes);
    return row;
}

QLayout *ObjectPanel::actionRows()
{
    auto *rows = new QGridLayout;
    int i = 0;
    for (const ActionButton &b : kActionButtons) {
        auto *button = new QPushButton(this);
        connect(button, &QPushButton::clicked, this, [this, action = b.action] { act(action); });
        m_actions.insert(int(b.action), button);
        rows->addWidget(button, i / kPerRow, i % kPerRow);
        ++i;
    }
    rows->setColumnStretch(kPerRow, 1);
    return rows;
}

// The spool gauge: memory versus disk of the selected SpooledTemporaryFile.
QLayout *ObjectPanel::gaugeRow()
{
    m_gauge = new QProgressBar(this);
    m_gauge->setTextVisible(true);
    m_gaugeLabel = plainLabel(new QLabel(this));
    m_rollover = plainLabel(new QLabel(this));
    m_rollover->setAutoFillBackground(true);
    m_rollover->setMargin(4);
    QFont bold = m_rollover->font();
    bold.setBold(true);
    m_rollover->setFont(bold);
    // The row keeps its height while the gauge is hidden, so that the
    // buttons above it stay where they are when a spooled file is selected.
    for (QWidget *w : {static_cast<QWidget *>(m_gaugeLabel), static_cast<QWidget *>(m_gauge),
                       static_cast<QWidget *>(m_rollover)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    auto *row = new QHBoxLayout;
    row->addWidget(m_gaugeLabel);
    row->addWidget(m_gauge, 1);
    row->addWidget(m_rollover);
    return row;
}

QPushButton *ObjectPanel::actionButton(Action action) const
{
    if (action == Action::Write)
        return m_writeText;
    return m_actions.value(int(action));
}

void ObjectPanel::act(Action action, const QByteArray &payload)
{
    const int row = selectedRow();
    if (row >= 0)
        m_session->perform(row, action, payload);
}

void ObjectPanel::selectRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

int ObjectPanel::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ObjectPanel::updateActions()
{
    const int row = selectedRow();
    const PlaygroundObject *o = row >= 0 ? m_session->object(row) : nullptr;
    const bool busy = m_session->childRunning();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const auto action = Action(it.key());
        const bool needsChild = action == Action::OtherProcessReads;
        it.value()->setEnabled(o && o->can(action) && !(needsChild && busy));
    }
    const bool writable = o && o->can(Action::Write);
    m_writeText->setEnabled(writable);
    m_writeBytes->setEnabled(writable);
}

void ObjectPanel::updateGauge()
{
    const int row = selectedRow();
    const PlaygroundObject *o = row >= 0 ? m_session->object(row) : nullptr;
    const bool spool = o && o->kind() == ObjectKind::SpooledTemporaryFile;
    m_gauge->setVisible(spool);
    m_gaugeLabel->setVisible(spool);
    m_rollover->setVisible(spool && o->rolledOver());
    if (!spool)
        return;
    const qint64 max = o->spec().maxSize;
    const qint64 size = o->size();
    m_gaugeLabel->setText(tr("Spool %1:").arg(o->variable()));
    // Byte counts beside max_size are written as the code writes max_size:
    // plain digits, so "4097 (max_size 4096)" reads as one number system.
    if (o->state() == PlaygroundObject::State::Removed) {
        m_gauge->setRange(0, 1);
        m_gauge->setValue(0);
        m_gauge->setFormat(tr("closed"));
    } else if (o->rolledOver()) {
        m_gauge->setRange(0, 1);
        m_gauge->setValue(1);
        m_gauge->setFormat(tr("on disk: %1").arg(sizeText(quint64(size))));
    } else {
        m_gauge->setRange(0, int(std::max<qint64>(max, 1)));
        m_gauge->setValue(int(std::min(size, std::max<qint64>(max, 1))));
        m_gauge->setFormat(max > 0 ? tr("in memory: %1 of max_size %2").arg(size).arg(max)
                                   : tr("in memory: %1 (max_size=0: never rolls over)").arg(size));
    }
    if (o->rolledOver()) {
        m_rollover->setText(tr("Rolled over at byte %1 (max_size %2)").arg(o->rolledAt()).arg(max));
        m_rollover->setBackgroundRole(QPalette::Highlight);
        m_rollover->setForegroundRole(QPalette::HighlightedText);
    }
}

void ObjectPanel::retranslate()
{
    m_title->setText(tr("&Live objects"));
    m_view->setAccessibleName(tr("Live objects"));
    m_text->setAccessibleName(tr("Text to write"));
    m_text->setToolTip(tr("Written as UTF-8; \\n is a line break, \\r a carriage return"));
    m_writeText->setText(tr("&Write text"));
    m_byteCount->setAccessibleName(tr("Bytes to write"));
    m_byteCount->setSuffix(tr(" bytes"));
    m_writeBytes->setText(tr("Write &N bytes"));
    for (const ActionButton &b : kActionButtons) {
        QPushButton *button = m_actions.value(int(b.action));
        button->setText(tr(b.text));
        button->setToolTip(tr(b.tip));
    }
    m_gauge->setAccessibleName(tr("Spool: memory versus disk"));
    updateGauge();
}

void ObjectPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tempscope::gui::playground
