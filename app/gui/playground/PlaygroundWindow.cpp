#include "PlaygroundWindow.h"

#include "LiveObjectsModel.h"
#include "inventory/Duration.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScreen>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
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
    {Action::ReadBack, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "seek(0) + &read"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "Rewind, then read everything")},
    {Action::ReadNoSeek, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "read (no seek)"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "Read from the current position")},
    {Action::Flush, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "&flush"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "Hand buffered writes to the OS")},
    {Action::Close, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "&close"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "close() the object")},
    {Action::LeaveScope, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "&leave scope"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "End the with block (or the C++ scope)")},
    {Action::AddFile, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "add file &inside"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "Write a file into the directory")},
    {Action::RemoveByHand, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "remove by hand"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "os.remove / shutil.rmtree the path now")},
    {Action::OtherProcessReads, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "another &process reads"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "A separate program opens the path and reports what it saw")},
    {Action::CheckInUse, QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "who has it &open?"),
     QT_TRANSLATE_NOOP("tempscope::gui::playground::PlaygroundWindow", "Tempscope's in-use detection for this path")},
};

QPlainTextEdit *codeView(const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(accessibleName);
    return view;
}

} // namespace

PlaygroundWindow::PlaygroundWindow(const QString &root, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(new PlaygroundSession(root, this)), m_model(new LiveObjectsModel(m_session)),
      m_tour(tourSteps())
{
    setWindowTitle(tr("Playground — Tempscope"));
    setObjectName(QStringLiteral("playground"));

    auto *rootLabel = new QLabel(tr("Everything here happens in <b>%1</b>, shown in the inspector at the same time.")
                                     .arg(root.toHtmlEscaped()),
                                 this);
    rootLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rootLabel->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(createPane());
    leftLayout->addWidget(tourPane());
    leftLayout->addStretch();

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(objectsPane());
    top->setStretchFactor(1, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(lessonPane());
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rootLabel);
    layout->addWidget(vertical, 1);

    connect(m_session, &PlaygroundSession::lessonChanged, this, &PlaygroundWindow::showLesson);
    connect(m_session, &PlaygroundSession::rootChanged, this, [this] {
        updateActions();
        updateGauge();
        updateDirectories();
        Q_EMIT rootChanged(m_session->root());
    });
    connect(m_session, &PlaygroundSession::added, this, [this](int row) { selectRow(row); });
    connect(m_session, &PlaygroundSession::crashFinished, this, [this] { updateActions(); });
    connect(m_session->events(), &tempfile::TempFileEventHub::eventReported, this,
            [this](const tempfile::TempFileEvent &e) { m_events->appendPlainText(e.toString()); });

    const int em = fontMetrics().horizontalAdvance(u'M');
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(available.width() * 9 / 10, 140 * em), std::min(available.height() * 9 / 10, 64 * em));
    onKindChanged();
    updateActions();
    updateGauge();
    showTourStep();
}

PlaygroundWindow::~PlaygroundWindow()
{
    // The session (a child) cleans up when deleted; this window is half gone by then.
    m_session->disconnect(this);
    m_session->events()->disconnect(this);
}

QWidget *PlaygroundWindow::createPane()
{
    auto *box = new QGroupBox(tr("Create"), this);
    auto *form = new QFormLayout(box);

    m_kind = new QComboBox(box);
    m_kind->setAccessibleName(tr("Kind of object"));
    for (const ObjectKind k : {ObjectKind::TemporaryFile, ObjectKind::NamedTemporaryFile, ObjectKind::SpooledTemporaryFile,
                               ObjectKind::TemporaryDirectory, ObjectKind::Mkstemp, ObjectKind::Mkdtemp})
        m_kind->addItem(kindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(ObjectKind::NamedTemporaryFile)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlaygroundWindow::onKindChanged);
    form->addRow(tr("&Kind:"), m_kind);

    m_prefix = new QLineEdit(QStringLiteral("tmp"), box);
    m_prefix->setAccessibleName(tr("Prefix"));
    form->addRow(tr("&Prefix:"), m_prefix);
    m_suffix = new QLineEdit(box);
    m_suffix->setAccessibleName(tr("Suffix"));
    m_suffix->setPlaceholderText(tr("none, e.g. .csv"));
    form->addRow(tr("&Suffix:"), m_suffix);
    m_directory = new QComboBox(box);
    m_directory->setAccessibleName(tr("Directory"));
    form->addRow(tr("&Directory:"), m_directory);
    updateDirectories();

    m_delete = new QCheckBox(tr("delete"), box);
    m_delete->setChecked(true);
    m_delete->setToolTip(tr("Remove the file at the end of the with block (delete=True)"));
    m_deleteOnClose = new QCheckBox(tr("delete_on_close"), box);
    m_deleteOnClose->setChecked(true);
    m_deleteOnClose->setToolTip(tr("Remove it already at close() (Python 3.12+; ignored when delete=False)"));
    connect(m_delete, &QCheckBox::toggled, this, &PlaygroundWindow::onKindChanged);
    auto *deletes = new QHBoxLayout;
    deletes->addWidget(m_delete);
    deletes->addWidget(m_deleteOnClose);
    form->addRow(tr("Removal:"), deletes);

    m_maxSize = new QSpinBox(box);
    m_maxSize->setAccessibleName(tr("max_size"));
    m_maxSize->setRange(0, 1024 * 1024);
    m_maxSize->setValue(30);
    m_maxSize->setSuffix(tr(" bytes"));
    form->addRow(tr("&max_size:"), m_maxSize);

    m_create = new QPushButton(tr("C&reate"), box);
    m_create->setDefault(true);
    m_create->setShortcut(Qt::CTRL | Qt::Key_N);
    m_create->setToolTip(tr("Make the object (Ctrl+N)"));
    connect(m_create, &QPushButton::clicked, this, &PlaygroundWindow::onCreate);
    form->addRow(m_create);

    auto *pitfalls = new QGroupBox(tr("Pitfalls"), this);
    auto *grid = new QVBoxLayout(pitfalls);
    const std::pair<QString, std::function<void()>> demos[] = {
        {tr("Forgetting seek(0)"), [this] { m_session->demoForgotSeek(); }},
        {tr("Forgetting flush() before another process reads"), [this] { m_session->demoForgotFlush(); }},
        {tr("The Windows reopen rule"), [this] { m_session->demoReopenRule(); }},
        {tr("A crash before cleanup"), [this] { m_session->demoCrash(); }},
    };
    for (const auto &[text, run] : demos) {
        auto *button = new QPushButton(text, pitfalls);
        connect(button, &QPushButton::clicked, this, run);
        grid->addWidget(button);
        m_pitfalls.append(button);
    }

    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(pitfalls);
    return pane;
}

QWidget *PlaygroundWindow::tourPane()
{
    auto *box = new QGroupBox(tr("Guided tour"), this);
    auto *layout = new QVBoxLayout(box);
    m_tourTitle = new QLabel(box);
    QFont bold = m_tourTitle->font();
    bold.setBold(true);
    m_tourTitle->setFont(bold);
    m_tourText = new QLabel(box);
    m_tourText->setWordWrap(true);
    m_tourBack = new QPushButton(tr("&Back"), box);
    m_tourNext = new QPushButton(tr("Show &me"), box);
    m_tourNext->setToolTip(tr("Run this step, then go to the next (Ctrl+Return)"));
    // An action, not the button's shortcut: the button's text (and with it
    // its mnemonic shortcut) changes from step to step.
    auto *next = new QAction(tr("Next tour step"), this);
    next->setShortcut(Qt::CTRL | Qt::Key_Return);
    next->setShortcutContext(Qt::WindowShortcut);
    connect(next, &QAction::triggered, m_tourNext, &QPushButton::click);
    addAction(next);
    connect(m_tourBack, &QPushButton::clicked, this, [this] {
        m_tourStep = std::max(0, m_tourStep - 1);
        showTourStep();
    });
    connect(m_tourNext, &QPushButton::clicked, this, &PlaygroundWindow::runTourStep);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tourBack);
    buttons->addStretch();
    buttons->addWidget(m_tourNext);
    layout->addWidget(m_tourTitle);
    layout->addWidget(m_tourText);
    layout->addLayout(buttons);
    return box;
}

QWidget *PlaygroundWindow::objectsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("&Live objects"), pane);
    m_objectsView = new QTreeView(pane);
    title->setBuddy(m_objectsView);
    m_objectsView->setAccessibleName(tr("Live objects"));
    m_objectsView->setModel(m_model);
    m_objectsView->setRootIsDecorated(false);
    m_objectsView->setUniformRowHeights(true);
    m_objectsView->setAlternatingRowColors(true);
    m_objectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_objectsView->setSelectionMode(QAbstractItemView::SingleSelection);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[LiveObjectsModel::ColumnCount] = {5 * em, 15 * em, 14 * em, 20 * em, 3 * em, 11 * em, 9 * em};
    for (int c = 0; c < LiveObjectsModel::ColumnCount; ++c)
        m_objectsView->header()->resizeSection(c, widths[c]);
    m_objectsView->header()->setSectionResizeMode(LiveObjectsModel::Path, QHeaderView::Stretch);
    m_objectsView->header()->setStretchLastSection(false);
    m_objectsView->setTextElideMode(Qt::ElideMiddle);
    connect(m_objectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateGauge();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlaygroundWindow::updateGauge);

    // Writing.
    m_text = new QLineEdit(QStringLiteral("Hello from the pipeline!\\n"), pane);
    m_text->setAccessibleName(tr("Text to write"));
    m_text->setToolTip(tr("Written as UTF-8; \\n is a line break"));
    m_writeText = new QPushButton(tr("&Write text"), pane);
    connect(m_writeText, &QPushButton::clicked, this, [this] {
        QString text = m_text->text();
        text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        act(Action::Write, text.toUtf8());
    });
    connect(m_text, &QLineEdit::returnPressed, m_writeText, &QPushButton::click);
    m_byteCount = new QSpinBox(pane);
    m_byteCount->setAccessibleName(tr("Bytes to write"));
    m_byteCount->setRange(1, 16 * 1024 * 1024);
    m_byteCount->setValue(10);
    m_byteCount->setSuffix(tr(" bytes"));
    m_writeBytes = new QPushButton(tr("Write &N bytes"), pane);
    connect(m_writeBytes, &QPushButton::clicked, this, [this] { act(Action::Write, QByteArray(m_byteCount->value(), 'x')); });
    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_text, 1);
    writeRow->addWidget(m_writeText);
    writeRow->addSpacing(em);
    writeRow->addWidget(m_byteCount);
    writeRow->addWidget(m_writeBytes);

    auto *actionsRow = new QHBoxLayout;
    for (const ActionButton &b : kActionButtons) {
        auto *button = new QPushButton(tr(b.text), pane);
        button->setToolTip(tr(b.tip));
        connect(button, &QPushButton::clicked, this, [this, action = b.action] { act(action); });
        m_actions.insert(int(b.action), button);
    }
    auto *actionsGrid = new QVBoxLayout;
    auto *row1 = new QHBoxLayout;
    auto *row2 = new QHBoxLayout;
    int i = 0;
    for (const ActionButton &b : kActionButtons)
        (i++ < 5 ? row1 : row2)->addWidget(m_actions.value(int(b.action)));
    row1->addStretch();
    row2->addStretch();
    actionsGrid->addLayout(row1);
    actionsGrid->addLayout(row2);
    actionsRow->addLayout(actionsGrid);

    // The spool gauge: memory versus disk of the selected SpooledTemporaryFile.
    m_gauge = new QProgressBar(pane);
    m_gauge->setAccessibleName(tr("Spool: memory versus disk"));
    m_gauge->setTextVisible(true);
    m_gaugeLabel = new QLabel(pane);
    m_rollover = new QLabel(pane);
    m_rollover->setAutoFillBackground(true);
    m_rollover->setMargin(4);
    QFont bold = m_rollover->font();
    bold.setBold(true);
    m_rollover->setFont(bold);
    auto *gaugeRow = new QHBoxLayout;
    gaugeRow->addWidget(m_gaugeLabel);
    gaugeRow->addWidget(m_gauge, 1);
    gaugeRow->addWidget(m_rollover);

    layout->addWidget(title);
    layout->addWidget(m_objectsView, 1);
    layout->addLayout(writeRow);
    layout->addLayout(actionsRow);
    layout->addLayout(gaugeRow);
    return pane;
}

QWidget *PlaygroundWindow::lessonPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lessonTitle = new QLabel(tr("Make an object, or start the guided tour."), pane);
    QFont bold = m_lessonTitle->font();
    bold.setBold(true);
    m_lessonTitle->setFont(bold);
    m_lessonTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation = new QLabel(pane);
    m_explanation->setWordWrap(true);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setMargin(6);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAccessibleName(tr("What happened"));

    m_codeTabs = new QTabWidget(pane);
    m_python = codeView(tr("Python code"), m_codeTabs);
    m_cpp = codeView(tr("C++ code"), m_codeTabs);
    m_events = codeView(tr("Events"), m_codeTabs);
    m_events->setMaximumBlockCount(500);
    m_codeTabs->addTab(m_python, tr("Python"));
    m_codeTabs->addTab(m_cpp, tr("C++ (Tempscope core)"));
    m_codeTabs->addTab(m_events, tr("Events"));

    layout->addWidget(m_lessonTitle);
    layout->addWidget(m_explanation);
    layout->addWidget(m_codeTabs, 1);
    return pane;
}

QPushButton *PlaygroundWindow::actionButton(Action action) const
{
    if (action == Action::Write)
        return m_writeText;
    return m_actions.value(int(action));
}

QString PlaygroundWindow::pythonCode() const
{
    return m_python->toPlainText();
}

QString PlaygroundWindow::cppCode() const
{
    return m_cpp->toPlainText();
}

void PlaygroundWindow::onKindChanged()
{
    const auto kind = ObjectKind(m_kind->currentData().toInt());
    const bool named = kind == ObjectKind::NamedTemporaryFile;
    m_delete->setEnabled(named);
    m_deleteOnClose->setEnabled(named && m_delete->isChecked());
    m_maxSize->setEnabled(kind == ObjectKind::SpooledTemporaryFile);
}

void PlaygroundWindow::updateDirectories()
{
    const QString current = m_directory->currentData().toString();
    m_directory->clear();
    m_directory->addItem(tr("the playground root"), m_session->root());
    for (int row = 0; row < m_session->count(); ++row) {
        const PlaygroundObject *o = m_session->object(row);
        if (isDirectoryKind(o->kind()) && o->exists())
            m_directory->addItem(tr("inside %1 (%2)").arg(o->variable(), QFileInfo(o->path()).fileName()), o->path());
    }
    const int keep = m_directory->findData(current);
    m_directory->setCurrentIndex(std::max(0, keep));
}

void PlaygroundWindow::onCreate()
{
    ObjectSpec spec;
    spec.kind = ObjectKind(m_kind->currentData().toInt());
    spec.prefix = m_prefix->text();
    spec.suffix = m_suffix->text();
    spec.dir = m_directory->currentData().toString();
    spec.autoDelete = m_delete->isChecked();
    spec.deleteOnClose = m_deleteOnClose->isChecked();
    spec.maxSize = m_maxSize->value();
    m_session->create(spec);
}

void PlaygroundWindow::act(Action action, const QByteArray &payload)
{
    const int row = selectedRow();
    if (row >= 0)
        m_session->perform(row, action, payload);
}

void PlaygroundWindow::selectRow(int row)
{
    m_objectsView->setCurrentIndex(m_model->index(row, 0));
}

int PlaygroundWindow::selectedRow() const
{
    const QModelIndex current = m_objectsView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlaygroundWindow::updateActions()
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
    m_pitfalls.value(1)->setEnabled(!busy);
    m_pitfalls.value(3)->setEnabled(!busy);
}

void PlaygroundWindow::updateGauge()
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
    if (o->state() == PlaygroundObject::State::Removed) {
        m_gauge->setRange(0, 1);
        m_gauge->setValue(0);
        m_gauge->setFormat(tr("closed"));
    } else if (o->rolledOver()) {
        m_gauge->setRange(0, 1);
        m_gauge->setValue(1);
        m_gauge->setFormat(tr("on disk: %1").arg(formatBytes(quint64(size))));
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

void PlaygroundWindow::showLesson(const Lesson &lesson)
{
    m_lessonTitle->setText(lesson.title);
    m_explanation->setText(lesson.explanation);
    m_explanation->setBackgroundRole(lesson.surprise ? QPalette::Highlight : QPalette::Window);
    m_explanation->setForegroundRole(lesson.surprise ? QPalette::HighlightedText : QPalette::WindowText);
    if (!lesson.code.python.isEmpty() || !lesson.code.cpp.isEmpty()) {
        m_python->setPlainText(lesson.code.python);
        m_cpp->setPlainText(lesson.code.cpp);
        if (m_codeTabs->currentWidget() == m_events)
            m_codeTabs->setCurrentWidget(m_python);
    }
    updateActions();
    updateGauge();
}

void PlaygroundWindow::showTourStep()
{
    const TourStep &step = m_tour.at(m_tourStep);
    m_tourTitle->setText(tr("Step %1 of %2: %3").arg(m_tourStep + 1).arg(m_tour.size()).arg(step.title));
    m_tourText->setText(step.text);
    m_tourBack->setEnabled(m_tourStep > 0);
    m_tourNext->setText(m_tourStep + 1 < m_tour.size() ? tr("Show &me") : tr("Show &me (last step)"));
}

void PlaygroundWindow::runTourStep()
{
    m_tour.at(m_tourStep).run(*m_session);
    if (m_tourStep + 1 < m_tour.size())
        ++m_tourStep;
    showTourStep();
}

void PlaygroundWindow::closeEvent(QCloseEvent *event)
{
    // Like leaving every with block: what the session made goes away.
    m_session->clear();
    event->accept();
}

} // namespace tempscope::gui::playground
