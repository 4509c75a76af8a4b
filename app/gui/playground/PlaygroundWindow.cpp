#include "gui/playground/PlaygroundWindow.h"

#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "gui/Translations.h"
#include "gui/playground/LiveObjectsModel.h"

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
#include <QPushButton>
#include <QScreen>
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
};

QPlainTextEdit *codeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

// A form label for field, its text set by retranslateUi().
QLabel *formLabel(QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

PlaygroundWindow::PlaygroundWindow(const QString &root, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(new PlaygroundSession(root, this)),
      m_model(new LiveObjectsModel(m_session)), m_tour(tourSteps())
{
    setObjectName(QStringLiteral("playground"));

    auto *rootLabel = m_rootLabel = new QLabel(this);
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
    resize(std::min(available.width() * 9 / 10, 140 * em),
           std::min(available.height() * 9 / 10, 64 * em));
    retranslateUi();
    onKindChanged();
    updateActions();
}

PlaygroundWindow::~PlaygroundWindow()
{
    // The session (a child) cleans up when deleted; this window is half gone by then.
    m_session->disconnect(this);
    m_session->events()->disconnect(this);
}

QWidget *PlaygroundWindow::createPane()
{
    auto *box = m_createBox = new QGroupBox(this);
    auto *form = m_form = new QFormLayout(box);

    m_kind = new QComboBox(box);
    for (const ObjectKind k : {ObjectKind::TemporaryFile, ObjectKind::NamedTemporaryFile,
                               ObjectKind::SpooledTemporaryFile, ObjectKind::TemporaryDirectory,
                               ObjectKind::Mkstemp, ObjectKind::Mkdtemp})
        m_kind->addItem(QString(), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(ObjectKind::NamedTemporaryFile)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlaygroundWindow::onKindChanged);
    form->addRow(formLabel(m_kind, box), m_kind);

    m_prefix = new QLineEdit(QStringLiteral("tmp"), box);
    form->addRow(formLabel(m_prefix, box), m_prefix);
    m_suffix = new QLineEdit(box);
    form->addRow(formLabel(m_suffix, box), m_suffix);
    m_directory = new QComboBox(box);
    form->addRow(formLabel(m_directory, box), m_directory);

    m_delete = new QCheckBox(box);
    m_delete->setChecked(true);
    m_deleteOnClose = new QCheckBox(box);
    m_deleteOnClose->setChecked(true);
    connect(m_delete, &QCheckBox::toggled, this, &PlaygroundWindow::onKindChanged);
    auto *deletes = new QHBoxLayout;
    deletes->addWidget(m_delete);
    deletes->addWidget(m_deleteOnClose);
    form->addRow(formLabel(m_delete, box), deletes);

    m_maxSize = new QSpinBox(box);
    m_maxSize->setRange(0, 1024 * 1024);
    m_maxSize->setValue(30);
    form->addRow(formLabel(m_maxSize, box), m_maxSize);

    m_create = new QPushButton(box);
    m_create->setDefault(true);
    m_create->setShortcut(Qt::CTRL | Qt::Key_N);
    connect(m_create, &QPushButton::clicked, this, &PlaygroundWindow::onCreate);
    form->addRow(m_create);

    auto *pitfalls = m_pitfallsBox = new QGroupBox(this);
    auto *grid = new QVBoxLayout(pitfalls);
    const std::function<void()> demos[] = {
        [this] { m_session->demoForgotSeek(); },
        [this] { m_session->demoForgotFlush(); },
        [this] { m_session->demoReopenRule(); },
        [this] { m_session->demoCrash(); },
    };
    for (const auto &run : demos) {
        auto *button = new QPushButton(pitfalls);
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
    auto *box = m_tourBox = new QGroupBox(this);
    auto *layout = new QVBoxLayout(box);
    m_tourTitle = plainLabel(new QLabel(box));
    QFont bold = m_tourTitle->font();
    bold.setBold(true);
    m_tourTitle->setFont(bold);
    m_tourText = plainLabel(new QLabel(box));
    m_tourText->setWordWrap(true);
    m_tourBack = new QPushButton(box);
    m_tourNext = new QPushButton(box);
    // An action, not the button's shortcut: the button's text (and with it
    // its mnemonic shortcut) changes from step to step.
    auto *next = m_tourNextAction = new QAction(this);
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

    auto *title = m_objectsTitle = new QLabel(pane);
    m_objectsView = new QTreeView(pane);
    title->setBuddy(m_objectsView);
    m_objectsView->setModel(m_model);
    m_objectsView->setRootIsDecorated(false);
    m_objectsView->setUniformRowHeights(true);
    m_objectsView->setAlternatingRowColors(true);
    m_objectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_objectsView->setSelectionMode(QAbstractItemView::SingleSelection);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[LiveObjectsModel::ColumnCount] = {5 * em, 15 * em, 14 * em, 20 * em,
                                                       3 * em, 11 * em, 9 * em};
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
    m_writeText = new QPushButton(pane);
    connect(m_writeText, &QPushButton::clicked, this, [this] {
        QString text = m_text->text();
        text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        act(Action::Write, text.toUtf8());
    });
    connect(m_text, &QLineEdit::returnPressed, m_writeText, &QPushButton::click);
    m_byteCount = new QSpinBox(pane);
    m_byteCount->setRange(1, 16 * 1024 * 1024);
    m_byteCount->setValue(10);
    m_writeBytes = new QPushButton(pane);
    connect(m_writeBytes, &QPushButton::clicked, this,
            [this] { act(Action::Write, QByteArray(m_byteCount->value(), 'x')); });
    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_text, 1);
    writeRow->addWidget(m_writeText);
    writeRow->addSpacing(em);
    writeRow->addWidget(m_byteCount);
    writeRow->addWidget(m_writeBytes);

    auto *actionsRow = new QHBoxLayout;
    for (const ActionButton &b : kActionButtons) {
        auto *button = new QPushButton(pane);
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
    m_gauge->setTextVisible(true);
    m_gaugeLabel = plainLabel(new QLabel(pane));
    m_rollover = plainLabel(new QLabel(pane));
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
    m_lessonTitle = plainLabel(new QLabel(pane));
    QFont bold = m_lessonTitle->font();
    bold.setBold(true);
    m_lessonTitle->setFont(bold);
    m_lessonTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation = plainLabel(new QLabel(pane)); // explanations quote the names made
    m_explanation->setWordWrap(true);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setMargin(6);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_codeTabs = new QTabWidget(pane);
    m_python = codeView(m_codeTabs);
    m_cpp = codeView(m_codeTabs);
    m_events = codeView(m_codeTabs);
    m_events->setMaximumBlockCount(500);
    m_codeTabs->addTab(m_python, QString());
    m_codeTabs->addTab(m_cpp, QString());
    m_codeTabs->addTab(m_events, QString());

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
            m_directory->addItem(
                tr("inside %1 (%2)").arg(o->variable(), QFileInfo(o->path()).fileName()),
                o->path());
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
    m_lessonShown = true;
    m_explanation->setText(lesson.explanation);
    m_explanation->setBackgroundRole(lesson.surprise ? QPalette::Highlight : QPalette::Window);
    m_explanation->setForegroundRole(lesson.surprise ? QPalette::HighlightedText
                                                     : QPalette::WindowText);
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
    m_tourTitle->setText(
        tr("Step %1 of %2: %3").arg(m_tourStep + 1).arg(m_tour.size()).arg(step.title));
    m_tourText->setText(step.text);
    m_tourBack->setEnabled(m_tourStep > 0);
    m_tourNext->setText(m_tourStep + 1 < m_tour.size() ? tr("Show &me")
                                                       : tr("Show &me (last step)"));
}

void PlaygroundWindow::runTourStep()
{
    m_tour.at(m_tourStep).run(*m_session);
    if (m_tourStep + 1 < m_tour.size())
        ++m_tourStep;
    showTourStep();
}

// Every text of the window in the current language: once when it is built,
// again on each LanguageChange. What the last action explained stays as it
// was said; the next action speaks the new language.
void PlaygroundWindow::retranslateUi()
{
    setWindowTitle(tr("Playground — Tempscope"));
    m_rootLabel->setText(
        tr("Everything here happens in <b>%1</b>, shown in the inspector at the same time.")
            .arg(m_session->root().toHtmlEscaped()));

    m_createBox->setTitle(tr("Create"));
    m_kind->setAccessibleName(tr("Kind of object"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindName(ObjectKind(m_kind->itemData(i).toInt())));
    setFormLabel(m_form, m_kind, tr("&Kind:"));
    m_prefix->setAccessibleName(tr("Prefix"));
    setFormLabel(m_form, m_prefix, tr("&Prefix:"));
    m_suffix->setAccessibleName(tr("Suffix"));
    m_suffix->setPlaceholderText(tr("none, e.g. .csv"));
    setFormLabel(m_form, m_suffix, tr("&Suffix:"));
    m_directory->setAccessibleName(tr("Directory"));
    setFormLabel(m_form, m_directory, tr("&Directory:"));
    updateDirectories();
    m_delete->setText(tr("delete"));
    m_delete->setToolTip(tr("Remove the file at the end of the with block (delete=True)"));
    m_deleteOnClose->setText(tr("delete_on_close"));
    m_deleteOnClose->setToolTip(
        tr("Remove it already at close() (Python 3.12+; ignored when delete=False)"));
    setFormLabel(m_form, m_delete, tr("Removal:"));
    m_maxSize->setAccessibleName(tr("max_size"));
    m_maxSize->setSuffix(tr(" bytes"));
    setFormLabel(m_form, m_maxSize, tr("&max_size:"));
    m_create->setText(tr("C&reate"));
    m_create->setToolTip(tr("Make the object (Ctrl+N)"));

    m_pitfallsBox->setTitle(tr("Pitfalls"));
    const QString pitfalls[] = {tr("Forgetting seek(0)"),
                                tr("Forgetting flush() before another process reads"),
                                tr("The Windows reopen rule"), tr("A crash before cleanup")};
    for (int i = 0; i < m_pitfalls.size(); ++i)
        m_pitfalls[i]->setText(pitfalls[i]);

    m_tourBox->setTitle(tr("Guided tour"));
    m_tourBack->setText(tr("&Back"));
    m_tourNext->setToolTip(tr("Run this step, then go to the next (Ctrl+Return)"));
    m_tourNextAction->setText(tr("Next tour step"));
    m_tour = tourSteps();
    showTourStep();

    m_objectsTitle->setText(tr("&Live objects"));
    m_objectsView->setAccessibleName(tr("Live objects"));
    m_text->setAccessibleName(tr("Text to write"));
    m_text->setToolTip(tr("Written as UTF-8; \\n is a line break"));
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

    if (!m_lessonShown)
        m_lessonTitle->setText(tr("Make an object, or start the guided tour."));
    m_explanation->setAccessibleName(tr("What happened"));
    m_python->setAccessibleName(tr("Python code"));
    m_cpp->setAccessibleName(tr("C++ code"));
    m_events->setAccessibleName(tr("Events"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_python), tr("Python"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_cpp), tr("C++ (Tempscope core)"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_events), tr("Events"));
}

void PlaygroundWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Translations::announce(m_model);
    }
    QWidget::changeEvent(event);
}

void PlaygroundWindow::closeEvent(QCloseEvent *event)
{
    // Like leaving every with block: what the session made goes away.
    m_session->clear();
    event->accept();
}

} // namespace tempscope::gui::playground
